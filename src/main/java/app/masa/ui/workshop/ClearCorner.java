package app.masa.ui.workshop;

import app.masa.ui.dialog.WindowFit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Window;

/**
 * Docks a tool window where it hides no card: beside its owner when the screen has room there,
 * else in one of the owner's corners over the map, the bottom ones first (the tool bar and the
 * stage names are at the top), the reading end before the reading start, else beside the cards in
 * view (a map zoomed out leaves room around them). The first place that covers no card wins; when
 * every place covers some, the one that covers the least.
 */
final class ClearCorner implements WindowFit.Anchor {
    /** Room between the window and the edges it docks against. */
    static final double INSET = 12;

    private final Supplier<List<Rectangle2D>> cards;
    private final Supplier<List<Rectangle2D>> windows;
    private final Supplier<Rectangle2D> map;
    private final BooleanSupplier rightToLeft;

    /**
     * @param cards where the cards are on the screen now
     * @param windows other windows not to cover
     * @param map where the map is on the screen: the corners sit at its top and bottom
     * @param rightToLeft whether the interface reads from the right now, so its reading end is the left
     */
    ClearCorner(Supplier<List<Rectangle2D>> cards, Supplier<List<Rectangle2D>> windows, Supplier<Rectangle2D> map,
                BooleanSupplier rightToLeft) {
        this.cards = cards;
        this.windows = windows;
        this.map = map;
        this.rightToLeft = rightToLeft;
    }

    @Override
    public Point2D place(Window owner, Rectangle2D screen, double width, double height) {
        if (owner == null || owner.getWidth() <= 0) {
            return WindowFit.Anchor.CENTRE_ON_OWNER.place(owner, screen, width, height);
        }
        List<Rectangle2D> inView = cards.get();
        List<Point2D> places = candidates(owner, screen, width, height);
        places.addAll(besideTheCards(inView, owner, width, height));
        List<Rectangle2D> hidden = new ArrayList<>(inView);
        hidden.addAll(windows.get());
        Point2D best = places.get(0);
        double least = Double.MAX_VALUE;
        for (Point2D p : places) {
            double covered = covered(new Rectangle2D(p.getX(), p.getY(), width, height), hidden);
            if (covered < least) {
                least = covered;
                best = p;
            }
        }
        return best;
    }

    private List<Point2D> candidates(Window owner, Rectangle2D screen, double width, double height) {
        Rectangle2D mapArea = map.get();
        double top = mapArea == null ? owner.getY() : mapArea.getMinY();
        double bottom = mapArea == null ? owner.getY() + owner.getHeight() : mapArea.getMaxY();
        double left = owner.getX();
        double right = owner.getX() + owner.getWidth();
        double lowY = bottom - height - INSET;
        double highY = top + INSET;
        boolean rtl = rightToLeft.getAsBoolean();
        double endInsideX = rtl ? left + INSET : right - width - INSET;
        double startInsideX = rtl ? right - width - INSET : left + INSET;
        double endBesideX = rtl ? left - width - INSET : right + INSET;
        double startBesideX = rtl ? right + INSET : left - width - INSET;
        List<Point2D> places = new ArrayList<>();
        for (double x : new double[] {endBesideX, startBesideX}) {
            if (x >= screen.getMinX() && x + width <= screen.getMaxX()) {
                places.add(new Point2D(x, clampY(lowY, screen, height)));
            }
        }
        places.add(new Point2D(endInsideX, lowY));
        places.add(new Point2D(startInsideX, lowY));
        places.add(new Point2D(endInsideX, highY));
        places.add(new Point2D(startInsideX, highY));
        return places;
    }

    /** Left and right of the cards in view, at the bottom of the map or its top, where the owner has room. */
    private List<Point2D> besideTheCards(List<Rectangle2D> inView, Window owner, double width, double height) {
        Rectangle2D mapArea = map.get();
        if (inView.isEmpty() || mapArea == null) {
            return List.of();
        }
        double minX = inView.stream().mapToDouble(Rectangle2D::getMinX).min().orElseThrow();
        double maxX = inView.stream().mapToDouble(Rectangle2D::getMaxX).max().orElseThrow();
        List<Point2D> places = new ArrayList<>();
        boolean rtl = rightToLeft.getAsBoolean();
        double after = maxX + INSET;
        double before = minX - width - INSET;
        for (double y : new double[] {mapArea.getMaxY() - height - INSET, mapArea.getMinY() + INSET}) {
            for (double x : rtl ? new double[] {before, after} : new double[] {after, before}) {
                if (x >= owner.getX() && x + width <= owner.getX() + owner.getWidth()) {
                    places.add(new Point2D(x, y));
                }
            }
        }
        return places;
    }

    private static double clampY(double y, Rectangle2D screen, double height) {
        return Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height));
    }

    /** How much of the cards a window there would hide, in square pixels. */
    static double covered(Rectangle2D window, List<Rectangle2D> cards) {
        double sum = 0;
        for (Rectangle2D c : cards) {
            double w = Math.min(window.getMaxX(), c.getMaxX()) - Math.max(window.getMinX(), c.getMinX());
            double h = Math.min(window.getMaxY(), c.getMaxY()) - Math.max(window.getMinY(), c.getMinY());
            if (w > 0 && h > 0) {
                sum += w * h;
            }
        }
        return sum;
    }
}
