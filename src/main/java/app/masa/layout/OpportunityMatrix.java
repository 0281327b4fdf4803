package app.masa.layout;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import app.masa.model.OpportunityDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The impact × effort matrix of a map's opportunities: effort runs from the reading start (little)
 * to the reading end (much), impact from the bottom (little) to the top (much); a cell per pair of
 * scores, four quadrants, and a tray under the plot for the opportunities not scored yet. Chips of
 * one cell stack in journey order. Pure geometry, mirrored for right-to-left maps.
 */
public final class OpportunityMatrix {
    public static final double CHIP_HEIGHT = 24;
    static final double AXIS = 36;
    static final double TRAY = 72;
    static final double GAP = 4;

    /** A quarter of the plot: high or low impact, low or high effort. */
    public enum Quadrant { QUICK_WINS, BIG_BETS, FILL_INS, MONEY_PITS }

    public record Chip(String cardId, String title, Rect bounds, boolean scored) {
    }

    public record Area(Quadrant quadrant, Rect bounds) {
    }

    private final Rect plot;
    private final Rect tray;
    private final boolean rtl;
    private final List<Area> quadrants;
    private final List<Chip> chips;

    private OpportunityMatrix(Rect plot, Rect tray, boolean rtl, List<Area> quadrants, List<Chip> chips) {
        this.plot = plot;
        this.tray = tray;
        this.rtl = rtl;
        this.quadrants = List.copyOf(quadrants);
        this.chips = List.copyOf(chips);
    }

    /** Lays out the map's opportunity cards in a matrix of the given size. */
    public static OpportunityMatrix of(JourneyMap map, double width, double height) {
        boolean rtl = map.direction().isRightToLeft();
        double left = rtl ? 0 : AXIS;
        double plotWidth = Math.max(100, width - AXIS);
        double plotHeight = Math.max(100, height - AXIS - TRAY);
        Rect plot = new Rect(left, 0, plotWidth, plotHeight);
        Rect tray = new Rect(left, plotHeight + AXIS, plotWidth, TRAY - GAP);
        List<Area> quadrants = new ArrayList<>();
        double halfW = plotWidth / 2;
        double halfH = plotHeight / 2;
        double startX = rtl ? left + halfW : left;
        double endX = rtl ? left : left + halfW;
        quadrants.add(new Area(Quadrant.QUICK_WINS, new Rect(startX, 0, halfW, halfH)));
        quadrants.add(new Area(Quadrant.BIG_BETS, new Rect(endX, 0, halfW, halfH)));
        quadrants.add(new Area(Quadrant.FILL_INS, new Rect(startX, halfH, halfW, halfH)));
        quadrants.add(new Area(Quadrant.MONEY_PITS, new Rect(endX, halfH, halfW, halfH)));

        OpportunityMatrix empty = new OpportunityMatrix(plot, tray, rtl, quadrants, List.of());
        Map<String, List<Card>> byCell = new LinkedHashMap<>();
        List<Card> unscored = new ArrayList<>();
        for (Card card : map.cards()) {
            if (card.type() != CardType.OPPORTUNITY) {
                continue;
            }
            OpportunityDetails o = card.opportunity();
            if (o.isScored()) {
                byCell.computeIfAbsent(o.impact() + ":" + o.effort(), k -> new ArrayList<>()).add(card);
            } else {
                unscored.add(card);
            }
        }
        List<Chip> chips = new ArrayList<>();
        for (List<Card> cell : byCell.values()) {
            OpportunityDetails first = cell.get(0).opportunity();
            Rect box = empty.cell(first.impact(), first.effort());
            double chipH = Math.min(CHIP_HEIGHT, (box.height() - GAP) / cell.size() - GAP);
            for (int i = 0; i < cell.size(); i++) {
                Card card = cell.get(i);
                chips.add(new Chip(card.id(), card.title(),
                        new Rect(box.x() + GAP, box.y() + GAP + i * (chipH + GAP), box.width() - 2 * GAP, chipH), true));
            }
        }
        double chipW = Math.min(160, (plotWidth - GAP) / Math.max(1, unscored.size()) - GAP);
        for (int i = 0; i < unscored.size(); i++) {
            double offset = GAP + i * (chipW + GAP);
            double x = rtl ? tray.maxX() - offset - chipW : tray.x() + offset;
            Card card = unscored.get(i);
            chips.add(new Chip(card.id(), card.title(), new Rect(x, tray.y() + GAP, chipW, CHIP_HEIGHT), false));
        }
        return new OpportunityMatrix(plot, tray, rtl, quadrants, chips);
    }

    /** The cell of one pair of scores. */
    public Rect cell(int impact, int effort) {
        double w = plot.width() / OpportunityDetails.MAX;
        double h = plot.height() / OpportunityDetails.MAX;
        int column = effort - OpportunityDetails.MIN;
        double x = rtl ? plot.maxX() - (column + 1) * w : plot.x() + column * w;
        double y = plot.y() + (OpportunityDetails.MAX - impact) * h;
        return new Rect(x, y, w, h);
    }

    /** The impact and effort of a point of the plot, or null outside it: where a dropped chip lands. */
    public int[] scoresAt(double x, double y) {
        if (x < plot.x() || x >= plot.maxX() || y < plot.y() || y >= plot.maxY()) {
            return null;
        }
        int column = (int) ((rtl ? plot.maxX() - x : x - plot.x()) / (plot.width() / OpportunityDetails.MAX));
        int row = (int) ((y - plot.y()) / (plot.height() / OpportunityDetails.MAX));
        return new int[] {OpportunityDetails.MAX - row, OpportunityDetails.MIN + column};
    }

    public Rect plot() {
        return plot;
    }

    public Rect tray() {
        return tray;
    }

    public boolean rightToLeft() {
        return rtl;
    }

    public List<Area> quadrants() {
        return quadrants;
    }

    public List<Chip> chips() {
        return chips;
    }
}
