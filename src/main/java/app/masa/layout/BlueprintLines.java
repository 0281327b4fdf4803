package app.masa.layout;

import app.masa.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service blueprint's three lines, found by a convention on lane ids rather than a field of the
 * file: the line of interaction is drawn on top of the lane with id {@code frontstage}, the line
 * of visibility on top of {@code backstage}, and the line of internal interaction on top of
 * {@code support}. Lane ids are the same in every language of a template and never shown, so the
 * convention costs the format nothing and any map can opt in by naming its lanes so.
 */
final class BlueprintLines {
    static final Map<String, GuideLine.Kind> LANES = Map.of(
            "frontstage", GuideLine.Kind.INTERACTION,
            "backstage", GuideLine.Kind.VISIBILITY,
            "support", GuideLine.Kind.INTERNAL_INTERACTION);

    private BlueprintLines() {
    }

    static List<GuideLine> place(List<LaneBox> lanes, TextPlacer text, Locale locale, boolean rtl, MapStyle style) {
        List<GuideLine> lines = new ArrayList<>();
        for (LaneBox lane : lanes) {
            GuideLine.Kind kind = LANES.get(lane.laneId());
            if (kind == null || lane.index() == 0) {
                continue;
            }
            double y = lane.band().y();
            double left = Math.min(lane.header().x(), lane.band().x());
            double right = Math.max(lane.header().maxX(), lane.band().maxX());
            String name = Messages.get(locale, "layout.blueprint." + kind.name().toLowerCase(Locale.ROOT));
            double w = text.wrapper().width(name, FontRole.SMALL);
            double inset = style.metrics().cellPadding();
            // The name sits on the line at the start of the grid, on a pill the painter draws.
            double x = rtl ? lane.band().maxX() - inset - w : lane.band().x() + inset;
            TextLine label = text.single(name, FontRole.SMALL, x, y - text.lineHeight(FontRole.SMALL) / 2);
            lines.add(new GuideLine(kind, new Point(left, y), new Point(right, y), label));
        }
        return lines;
    }
}
