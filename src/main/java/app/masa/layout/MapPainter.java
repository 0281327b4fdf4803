package app.masa.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paints a {@link MapLayout} on any {@link Surface}: the canvas, a PDF page, an SVG document or an
 * image all receive the same calls, so they all show the same map. Stages and lanes are painted
 * as named groups (an SVG {@code <g>} each). Decides colours and line weights only; every position
 * comes from the layout.
 */
public final class MapPainter {
    private MapPainter() {
    }

    public static void paint(MapLayout layout, Surface surface) {
        paint(layout, surface, true, null);
    }

    /**
     * @param background false leaves the page transparent (PNG for slides)
     * @param viewport only what meets this rectangle is painted (the visible part of the canvas), or
     *                 null for everything
     */
    public static void paint(MapLayout layout, Surface surface, boolean background, Rect viewport) {
        MapStyle style = layout.style();
        Palette p = style.palette();
        if (background) {
            surface.fillRect(new Rect(0, 0, layout.width(), layout.height()), 0, layout.background());
        }
        if (!layout.titleLines().isEmpty() || layout.logo() != null) {
            surface.beginGroup(Group.of(Group.Role.TITLE, "", layout.titleLines().stream()
                    .filter(l -> l.role() == FontRole.MAP_TITLE).toList()));
            for (TextLine line : layout.titleLines()) {
                surface.text(line, line.role() == FontRole.MAP_TITLE ? p.text() : p.textSecondary());
            }
            if (layout.logo() != null) {
                surface.image(layout.logo().bounds(), layout.logo().image());
            }
            surface.endGroup();
        }
        for (PersonaBox persona : layout.personas()) {
            if (visible(persona.bounds(), viewport)) {
                surface.beginGroup(Group.of(Group.Role.PERSONA, persona.personaId(), persona.headings()));
                PersonaPainter.paint(persona, style, surface);
                surface.endGroup();
            }
        }
        for (StageBox stage : layout.stages()) {
            if (visible(stage.header(), viewport)) {
                surface.beginGroup(Group.of(Group.Role.STAGE, stage.stageId(), stage.nameLines()));
                paintStageHeader(stage, style, surface);
                paintLinks(layout, stage.stageId(), surface);
                surface.endGroup();
            }
        }
        MetricsBand metrics = layout.metricsBand();
        if (metrics != null && (visible(metrics.band(), viewport) || visible(metrics.header(), viewport))) {
            surface.beginGroup(Group.of(Group.Role.METRICS, "", metrics.titleLines()));
            paintMetrics(metrics, layout, style, surface);
            surface.endGroup();
        }
        Map<String, List<CardBox>> cardsByLane = new HashMap<>();
        for (CardBox card : layout.cards()) {
            cardsByLane.computeIfAbsent(card.laneId(), k -> new ArrayList<>()).add(card);
        }
        Map<String, CurveBox> curves = new HashMap<>();
        layout.curves().forEach(c -> curves.put(c.laneId(), c));
        for (LaneBox lane : layout.lanes()) {
            if (!visible(lane.band(), viewport) && !visible(lane.header(), viewport)) {
                continue;
            }
            surface.beginGroup(Group.of(Group.Role.LANE, lane.laneId(), lane.titleLines()));
            paintLane(lane, layout, style, surface);
            for (CardBox card : cardsByLane.getOrDefault(lane.laneId(), List.of())) {
                if (visible(card.bounds(), viewport)) {
                    surface.beginGroup(new Group(Group.Role.CARD, card.cardId(), cardLabel(card)));
                    CardPainter.paint(card, layout.direction().isRightToLeft(), style, surface);
                    paintLinks(layout, card.cardId(), surface);
                    surface.endGroup();
                }
            }
            CurveBox curve = curves.get(lane.laneId());
            if (curve != null) {
                surface.beginGroup(new Group(Group.Role.CURVE, lane.laneId(), Group.text(lane.titleLines())));
                CurvePainter.paint(curve, style, surface);
                surface.endGroup();
            }
            surface.endGroup();
        }
        if (!layout.guides().isEmpty()) {
            surface.beginGroup(new Group(Group.Role.GUIDES, "", ""));
            for (GuideLine g : layout.guides()) {
                paintGuide(g, style, surface);
            }
            surface.endGroup();
        }
        if (!layout.connections().isEmpty()) {
            surface.beginGroup(new Group(Group.Role.CONNECTIONS, "", ""));
            for (ConnectionBox c : layout.connections()) {
                paintConnection(c, style, surface);
            }
            surface.endGroup();
        }
    }

    /** The pill of where a card or stage leads, read with it (an export's layout carries them). */
    private static void paintLinks(MapLayout layout, String source, Surface surface) {
        for (LinkMarks.Mark mark : layout.links()) {
            if (mark.link().source().equals(source)) {
                LinkMarks.paint(mark, surface);
            }
        }
    }

    /** A card's title, then its body: what a reader of a tagged PDF or an SVG title hears of it. */
    private static String cardLabel(CardBox card) {
        String title = Group.text(card.titleLines());
        String body = Group.text(card.bodyLines());
        return body.isEmpty() ? title : title.isEmpty() ? body : title + " \u2014 " + body;
    }

    private static boolean visible(Rect r, Rect viewport) {
        return viewport == null || r.intersects(viewport);
    }

    private static void paintStageHeader(StageBox stage, MapStyle style, Surface surface) {
        Palette p = style.palette();
        Rect h = stage.header();
        double inset = 3;
        Rect chip = new Rect(h.x() + inset, h.y(), h.width() - 2 * inset, h.height() - 6);
        surface.fillRect(chip, 6, stage.fill());
        surface.strokeRect(chip, 6, Stroke.solid(p.grid(), style.metrics().lineWidth()));
        surface.fillRect(new Rect(chip.x(), chip.y(), chip.width(), 4), 2, stage.accent());
        for (TextLine line : stage.nameLines()) {
            surface.text(line, p.text());
        }
        if (stage.npsBadge() != null) {
            Rect b = stage.npsBadge();
            surface.fillRect(b, b.height() / 2, stage.accent().withAlpha(p.dark() ? 70 : 36));
            surface.text(stage.npsLabel(), p.text());
        }
        CardBadge conflict = stage.conflictBadge();
        if (conflict != null) {
            surface.fillRect(conflict.bounds(), conflict.bounds().height() / 2, conflict.fill());
            surface.text(conflict.label(), conflict.ink());
        }
    }

    /** Drawn like a lane, in the header colour, so it reads as part of the stage headers' figures. */
    private static void paintMetrics(MetricsBand metrics, MapLayout layout, MapStyle style, Surface surface) {
        Palette p = style.palette();
        Stroke grid = Stroke.solid(p.grid(), style.metrics().lineWidth());
        Rect band = metrics.band();
        surface.fillRect(band, 0, p.stageHeader());
        for (StageBox stage : layout.stages()) {
            for (double x : new double[] {stage.column().x(), stage.column().maxX()}) {
                if (x > band.x() + 0.5 && x < band.maxX() - 0.5) {
                    surface.strokeLine(new Point(x, band.y()), new Point(x, band.maxY()), grid);
                }
            }
        }
        surface.fillRect(metrics.header(), 0, p.laneHeader());
        double left = Math.min(metrics.header().x(), band.x());
        double right = Math.max(metrics.header().maxX(), band.maxX());
        surface.strokeLine(new Point(left, band.y()), new Point(right, band.y()), grid);
        for (TextLine line : metrics.titleLines()) {
            surface.text(line, p.text());
        }
        for (MetricsBand.Cell cell : metrics.cells()) {
            for (TextLine line : cell.lines()) {
                surface.text(line, p.textSecondary());
            }
        }
    }

    /** A blueprint line: long dashes across the map, its name on a pill at the start of the grid. */
    private static void paintGuide(GuideLine g, MapStyle style, Surface surface) {
        Palette p = style.palette();
        Rgba ink = p.textMuted();
        surface.strokeLine(g.from(), g.to(), new Stroke(ink, 1.4 * style.metrics().lineWidth(), new double[] {9, 5}));
        TextLine l = g.label();
        double lh = style.typography().lineHeight(FontRole.SMALL);
        double size = style.typography().size(FontRole.SMALL);
        Rect pill = new Rect(l.x() - 6, l.baseline() - size - 1.5, l.width() + 12, lh + 3);
        surface.fillRect(pill, pill.height() / 2, p.labelBackground());
        surface.strokeRect(pill, pill.height() / 2, Stroke.solid(ink, style.metrics().lineWidth()));
        surface.text(l, p.textSecondary());
    }

    private static void paintLane(LaneBox lane, MapLayout layout, MapStyle style, Surface surface) {
        Palette p = style.palette();
        Stroke grid = Stroke.solid(p.grid(), style.metrics().lineWidth());
        Rect band = lane.band();
        surface.fillRect(band, 0, lane.fill());
        if (!lane.collapsed()) {
            // Column separators inside this band, so that cards painted after them stay on top.
            for (StageBox stage : layout.stages()) {
                for (double x : new double[] {stage.column().x(), stage.column().maxX()}) {
                    if (x > band.x() + 0.5 && x < band.maxX() - 0.5) {
                        surface.strokeLine(new Point(x, band.y()), new Point(x, band.maxY()), grid);
                    }
                }
            }
        }
        surface.fillRect(lane.header(), 0, p.laneHeader());
        surface.strokeLine(new Point(Math.min(lane.header().x(), band.x()), band.maxY()),
                new Point(Math.max(lane.header().maxX(), band.maxX()), band.maxY()), grid);
        if (lane.index() == 0) {
            surface.strokeLine(new Point(Math.min(lane.header().x(), band.x()), band.y()),
                    new Point(Math.max(lane.header().maxX(), band.maxX()), band.y()), grid);
        }
        for (TextLine line : lane.titleLines()) {
            surface.text(line, lane.collapsed() ? p.textMuted() : p.text());
        }
        CardBadge conflict = lane.conflictBadge();
        if (conflict != null) {
            surface.fillRect(conflict.bounds(), conflict.bounds().height() / 2, conflict.fill());
            surface.text(conflict.label(), conflict.ink());
        }
    }

    private static void paintConnection(ConnectionBox c, MapStyle style, Surface surface) {
        Palette p = style.palette();
        surface.beginGroup(new Group(Group.Role.CONNECTION, c.connectionId(), c.label() == null ? "" : c.label().text()));
        surface.strokePath(c.path(), Stroke.solid(p.connection(), 1.5 * style.metrics().lineWidth()));
        surface.fillPath(c.arrowHead(), p.connection());
        if (c.label() != null) {
            TextLine l = c.label();
            double lh = style.typography().lineHeight(FontRole.SMALL);
            double size = style.typography().size(FontRole.SMALL);
            Rect pill = new Rect(l.x() - 5, l.baseline() - size - 1, l.width() + 10, lh + 3);
            surface.fillRect(pill, pill.height() / 2, p.labelBackground());
            surface.strokeRect(pill, pill.height() / 2, Stroke.solid(p.grid(), style.metrics().lineWidth()));
            surface.text(l, p.textSecondary());
        }
        surface.endGroup();
    }
}
