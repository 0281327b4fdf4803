package app.masa.layout;

import app.masa.model.Direction;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The geometry of one map: everything a painter draws and everything the canvas hit-tests,
 * already mirrored for right-to-left maps. Computed by {@code LayoutEngine}, never by a painter.
 *
 * @param titleLines the title block (title, persona, scenario); empty when the layout has none
 * @param style the type scale, colours and spacing the layout was made with, for the painters
 * @param personas the persona headers between the title block and the stage headers
 * @param guides a service blueprint's lines of interaction and visibility
 * @param metricsBand the metrics lane under the stage headers, or null when the options leave it out
 * @param logo the brand's logo in the title block, or null
 */
public record MapLayout(double width, double height, Direction direction, Rgba background,
                        List<TextLine> titleLines, List<StageBox> stages, List<LaneBox> lanes,
                        List<CellBox> cells, List<CardBox> cards, List<CurveBox> curves,
                        List<ConnectionBox> connections, MapStyle style, List<PersonaBox> personas,
                        List<GuideLine> guides, MetricsBand metricsBand, TitleLogo logo, List<LinkMarks.Mark> links) {
    public MapLayout {
        links = links == null ? List.of() : List.copyOf(links);
        style = style == null ? MapStyle.of(Theme.LIGHT) : style;
        personas = personas == null ? List.of() : List.copyOf(personas);
        guides = guides == null ? List.of() : List.copyOf(guides);
        titleLines = List.copyOf(titleLines);
        stages = List.copyOf(stages);
        lanes = List.copyOf(lanes);
        cells = List.copyOf(cells);
        cards = List.copyOf(cards);
        curves = List.copyOf(curves);
        connections = List.copyOf(connections);
    }

    /** A layout without link pills: the canvas draws its own over the map, where a click follows them. */
    public MapLayout(double width, double height, Direction direction, Rgba background,
                     List<TextLine> titleLines, List<StageBox> stages, List<LaneBox> lanes,
                     List<CellBox> cells, List<CardBox> cards, List<CurveBox> curves,
                     List<ConnectionBox> connections, MapStyle style, List<PersonaBox> personas,
                     List<GuideLine> guides, MetricsBand metricsBand, TitleLogo logo) {
        this(width, height, direction, background, titleLines, stages, lanes, cells, cards, curves, connections, style,
                personas, guides, metricsBand, logo, List.of());
    }

    public MapLayout(double width, double height, Direction direction, Rgba background,
                     List<TextLine> titleLines, List<StageBox> stages, List<LaneBox> lanes,
                     List<CellBox> cells, List<CardBox> cards, List<CurveBox> curves,
                     List<ConnectionBox> connections, MapStyle style, List<PersonaBox> personas,
                     List<GuideLine> guides, MetricsBand metricsBand) {
        this(width, height, direction, background, titleLines, stages, lanes, cells, cards, curves, connections, style,
                personas, guides, metricsBand, null);
    }

    public MapLayout(double width, double height, Direction direction, Rgba background,
                     List<TextLine> titleLines, List<StageBox> stages, List<LaneBox> lanes,
                     List<CellBox> cells, List<CardBox> cards, List<CurveBox> curves,
                     List<ConnectionBox> connections, MapStyle style, List<PersonaBox> personas,
                     List<GuideLine> guides) {
        this(width, height, direction, background, titleLines, stages, lanes, cells, cards, curves, connections, style,
                personas, guides, null);
    }

    public MapLayout(double width, double height, Direction direction, Rgba background,
                     List<TextLine> titleLines, List<StageBox> stages, List<LaneBox> lanes,
                     List<CellBox> cells, List<CardBox> cards, List<CurveBox> curves,
                     List<ConnectionBox> connections) {
        this(width, height, direction, background, titleLines, stages, lanes, cells, cards, curves, connections, null);
    }

    public MapLayout(double width, double height, Direction direction, Rgba background,
                     List<TextLine> titleLines, List<StageBox> stages, List<LaneBox> lanes,
                     List<CellBox> cells, List<CardBox> cards, List<CurveBox> curves,
                     List<ConnectionBox> connections, MapStyle style) {
        this(width, height, direction, background, titleLines, stages, lanes, cells, cards, curves, connections, style,
                List.of(), List.of());
    }

    /** This layout with pills that say where its cards and stages lead, painted with them (exports). */
    public MapLayout withLinks(List<LinkMarks.Mark> marks) {
        return new MapLayout(width, height, direction, background, titleLines, stages, lanes, cells, cards, curves,
                connections, style, personas, guides, metricsBand, logo, marks);
    }

    /** The cards whose gap between expectation and experience reaches the map's threshold, in layout order. */
    public List<String> flaggedCardIds() {
        return cards.stream().filter(c -> c.marks().gapFlagged()).map(CardBox::cardId).toList();
    }

    /** The ids of the cards that carry a flag, for quick look-ups. */
    public Set<String> flaggedCardIdSet() {
        return cards.stream().filter(c -> c.marks().gapFlagged()).map(CardBox::cardId).collect(Collectors.toSet());
    }

    public Optional<CardBox> card(String cardId) {
        return cards.stream().filter(c -> c.cardId().equals(cardId)).findFirst();
    }

    /** The top-most card under a point. */
    public Optional<CardBox> cardAt(double x, double y) {
        for (int i = cards.size() - 1; i >= 0; i--) {
            if (cards.get(i).bounds().contains(x, y)) {
                return Optional.of(cards.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<CellBox> cellAt(double x, double y) {
        return cells.stream().filter(c -> c.bounds().contains(x, y)).findFirst();
    }

    public Optional<StageBox> stageHeaderAt(double x, double y) {
        return stages.stream().filter(s -> s.header().contains(x, y)).findFirst();
    }

    public Optional<LaneBox> laneHeaderAt(double x, double y) {
        return lanes.stream().filter(l -> l.header().contains(x, y)).findFirst();
    }

    /**
     * Where a card, stage or lane is drawn, found by its id: the card's box, or the stage's or the
     * lane's header. What comments, links and notes are placed against. Empty when the layout does
     * not show it.
     */
    public Optional<Rect> boundsOf(String id) {
        for (CardBox card : cards) {
            if (card.cardId().equals(id)) {
                return Optional.of(card.bounds());
            }
        }
        for (StageBox stage : stages) {
            if (stage.stageId().equals(id)) {
                return Optional.of(stage.header());
            }
        }
        for (LaneBox lane : lanes) {
            if (lane.laneId().equals(id)) {
                return Optional.of(lane.header());
            }
        }
        return Optional.empty();
    }
}
