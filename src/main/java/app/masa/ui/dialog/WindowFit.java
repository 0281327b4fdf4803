package app.masa.ui.dialog;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Sizes and places a window other than the main one each time it shows: as large as its content
 * asks (or the size the user last gave it), never larger than the screen, centred on its owner and
 * wholly on screen, resizable.
 *
 * <p>The work happens once the window is shown, not before: under a window manager JavaFX on Linux
 * drops the size a window is given before it is mapped and opens it at its minimum, so dialogs
 * collapsed and tool windows opened at 200 × 200 in a corner.
 */
public final class WindowFit {
    /** Room left between a window and the screen's edges, so its frame and shadow stay visible. */
    static final double SCREEN_MARGIN = 16;
    private static final Duration SETTLE = Duration.millis(400);

    private final Stage stage;
    private final String name;
    private final Dimension2D preferred;
    private final Anchor anchor;
    private Dimension2D fitted;

    private WindowFit(Stage stage, String name, Dimension2D preferred, Anchor anchor) {
        this.stage = stage;
        this.name = name;
        this.preferred = preferred;
        this.anchor = anchor;
    }

    /** Where a window goes on its screen, given its outer size. */
    @FunctionalInterface
    public interface Anchor {
        Point2D place(Window owner, Rectangle2D screen, double width, double height);

        /** Centred on the owner, or on the screen when there is none. */
        Anchor CENTRE_ON_OWNER = (owner, screen, width, height) -> {
            Rectangle2D around = owner == null || owner.getWidth() <= 0 ? screen
                    : new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            return new Point2D(around.getMinX() + (around.getWidth() - width) / 2,
                    around.getMinY() + (around.getHeight() - height) / 2);
        };
    }

    /** A dialog: resizable, fitted to its content; its size is remembered under {@code name} when not null. */
    public static <D extends Dialog<?>> D dialog(D dialog, String name) {
        dialog.setResizable(true);
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (window instanceof Stage stage) {
            install(stage, name, null, Anchor.CENTRE_ON_OWNER);
        }
        return dialog;
    }

    /** A window of its own, centred on its owner; {@code preferred} is the inner size it opens at the first time. */
    public static Stage stage(Stage stage, String name, Dimension2D preferred) {
        return stage(stage, name, preferred, Anchor.CENTRE_ON_OWNER);
    }

    /** A window of its own, placed by {@code anchor}. */
    public static Stage stage(Stage stage, String name, Dimension2D preferred, Anchor anchor) {
        stage.setResizable(true);
        install(stage, name, preferred, anchor);
        return stage;
    }

    private static void install(Stage stage, String name, Dimension2D preferred, Anchor anchor) {
        WindowFit fit = new WindowFit(stage, name, preferred, anchor);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            fit.place();
            // A window shown while its owner is still being mapped can be cut down by the window
            // manager after it showed: look again once that is over, before anyone could resize it.
            PauseTransition settle = new PauseTransition(SETTLE);
            settle.setOnFinished(done -> fit.placeAgainIfCut());
            settle.play();
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> fit.remember());
        // A dialog sizes itself to its content again after it showed (and on later changes); on a
        // short screen (a laptop at 200 %) that pushes its buttons off the bottom: hold it to the screen.
        stage.heightProperty().addListener((o, before, now) -> fit.holdToScreen());
        stage.widthProperty().addListener((o, before, now) -> fit.holdToScreen());
    }

    private void holdToScreen() {
        if (fitted == null || !stage.isShowing()) {
            return;
        }
        Rectangle2D screen = screenOf(stage.getOwner() != null && stage.getOwner().isShowing() ? stage.getOwner() : stage);
        if (stage.getHeight() > screen.getHeight() + 1 || stage.getWidth() > screen.getWidth() + 1) {
            Platform.runLater(this::place);
        }
    }

    private void placeAgainIfCut() {
        Scene scene = stage.getScene();
        if (!stage.isShowing() || scene == null || scene.getRoot() == null) {
            return;
        }
        Parent root = scene.getRoot();
        if (scene.getWidth() + 1 < root.minWidth(-1) || scene.getHeight() + 1 < root.minHeight(scene.getWidth())
                || fitted != null && (scene.getWidth() + 1 < fitted.getWidth() || scene.getHeight() + 1 < fitted.getHeight())) {
            place();
        }
    }

    private void place() {
        Scene scene = stage.getScene();
        if (scene == null || scene.getRoot() == null) {
            return;
        }
        Window owner = stage.getOwner();
        Rectangle2D screen = screenOf(owner != null && owner.isShowing() ? owner : stage);
        Parent root = scene.getRoot();
        root.applyCss();
        // The frame the window manager adds; unknown (zero) until the window has been framed.
        double frameWidth = Math.max(0, stage.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, stage.getHeight() - scene.getHeight());
        double maxWidth = screen.getWidth() - 2 * SCREEN_MARGIN - frameWidth;
        double maxHeight = screen.getHeight() - 2 * SCREEN_MARGIN - frameHeight;
        double minWidth = Math.min(root.minWidth(-1), maxWidth);
        double minHeight = Math.min(root.minHeight(-1), maxHeight);
        Dimension2D wanted = wanted(root);
        double width = clamp(wanted.getWidth(), minWidth, maxWidth);
        double height = clamp(wanted.getHeight(), minHeight, maxHeight);
        stage.setMinWidth(minWidth + frameWidth);
        stage.setMinHeight(minHeight + frameHeight);
        stage.setWidth(width + frameWidth);
        stage.setHeight(height + frameHeight);
        fitted = new Dimension2D(width, height);
        Point2D at = anchor.place(owner, screen, stage.getWidth(), stage.getHeight());
        stage.setX(clamp(at.getX(), screen.getMinX(), screen.getMaxX() - stage.getWidth()));
        stage.setY(clamp(at.getY(), screen.getMinY(), screen.getMaxY() - stage.getHeight()));
    }

    private Dimension2D wanted(Parent root) {
        Dimension2D remembered = name == null ? null : WindowMemory.size(name).orElse(null);
        if (remembered != null) {
            return remembered;
        }
        if (preferred != null) {
            return new Dimension2D(Math.max(preferred.getWidth(), root.minWidth(-1)),
                    Math.max(preferred.getHeight(), root.minHeight(-1)));
        }
        double width = root.prefWidth(-1);
        return new Dimension2D(width, root.prefHeight(width));
    }

    /** Keeps the size only when the user changed it, so a better default in a later version still reaches them. */
    private void remember() {
        Scene scene = stage.getScene();
        if (name == null || fitted == null || scene == null) {
            return;
        }
        boolean changed = Math.abs(scene.getWidth() - fitted.getWidth()) > 2
                || Math.abs(scene.getHeight() - fitted.getHeight()) > 2;
        if (changed && scene.getWidth() > 0 && scene.getHeight() > 0) {
            WindowMemory.remember(name, new Dimension2D(scene.getWidth(), scene.getHeight()));
        }
    }

    /** The visual bounds of the screen the window (or most of it) is on; the primary screen otherwise. */
    public static Rectangle2D screenOf(Window window) {
        if (window != null && window.getWidth() > 0 && window.getHeight() > 0) {
            var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
