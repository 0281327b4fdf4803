package app.masa.export;

import app.masa.layout.FontRole;
import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyMap;
import java.util.List;

/**
 * How large card text prints on paper, and the page plan that keeps it readable. A map scaled onto
 * an A4 sheet can print its cards at 1–4 pt; unless a person chose the paper, the export takes the
 * first plan whose card text is at least {@link #READABLE} points: one A4 sheet, one A3 sheet, or
 * full-size tiles on A3 (decision 0014).
 */
public final class ReadablePage {
    /** The smallest card text an export chooses by itself. */
    public static final double READABLE = 7;
    /** Below this, a chosen page prints text most people cannot read: the export warns. */
    public static final double WARN_BELOW = 6;

    /** A page plan and the size its card text prints at. */
    public record Choice(ExportOptions options, double cardTextPoints) {
        /** Whether the text prints so small that the person should hear about it. */
        public boolean tooSmall() {
            return cardTextPoints < WARN_BELOW;
        }
    }

    private ReadablePage() {
    }

    /** The smallest card text, in points, of the maps printed with these options. */
    public static double cardTextPoints(List<JourneyMap> maps, ExportOptions options) {
        return cardTextPoints(maps, options, new LayoutEngine());
    }

    /**
     * As {@link #cardTextPoints(List, ExportOptions)}, laying out with {@code engine}: the exporter
     * that then writes the maps with the same engine finds them laid out already.
     */
    public static double cardTextPoints(List<JourneyMap> maps, ExportOptions options, LayoutEngine engine) {
        double smallest = Double.MAX_VALUE;
        for (JourneyMap map : maps) {
            MapLayout layout = engine.layout(map, options.layoutOptions());
            double body = layout.style().typography().size(FontRole.CARD_BODY);
            for (PdfPage page : PdfPagePlanner.plan(layout, options)) {
                smallest = Math.min(smallest, body * page.scale());
            }
        }
        return smallest == Double.MAX_VALUE ? 0 : smallest;
    }

    /** The readable plan when Masa chooses the paper, else the options as they are; with the card text size. */
    public static Choice plan(List<JourneyMap> maps, ExportOptions options, boolean chooseReadable) {
        return plan(maps, options, chooseReadable, new LayoutEngine());
    }

    /** As {@link #plan(List, ExportOptions, boolean)}, laying out with {@code engine}. */
    public static Choice plan(List<JourneyMap> maps, ExportOptions options, boolean chooseReadable,
                              LayoutEngine engine) {
        return chooseReadable ? choose(maps, options, engine) : new Choice(options, cardTextPoints(maps, options, engine));
    }

    /** The first of A4, A3 and tiles on A3 whose card text is readable, keeping every other option. */
    public static Choice choose(List<JourneyMap> maps, ExportOptions options) {
        return choose(maps, options, new LayoutEngine());
    }

    /** As {@link #choose(List, ExportOptions)}, laying out with {@code engine}: once, whichever paper fits. */
    public static Choice choose(List<JourneyMap> maps, ExportOptions options, LayoutEngine engine) {
        List<ExportOptions> plans = List.of(options.withPage(PageSize.A4).withTiles(false),
                options.withPage(PageSize.A3).withTiles(false), options.withPage(PageSize.A3).withTiles(true));
        Choice last = null;
        for (ExportOptions plan : plans) {
            last = new Choice(plan, cardTextPoints(maps, plan, engine));
            if (last.cardTextPoints() >= READABLE) {
                return last;
            }
        }
        return last;
    }
}
