package app.masa.layout;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.ConflictKind;
import app.masa.model.DotVote;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.MergeConflict;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * Turns a map into geometry, the one step every painter shares (the canvas, PDF, PNG and SVG).
 * Columns per stage, a lane header column at the reading start, a stage header band on top, lanes
 * as tall as their tallest cell, the emotion curve and the connections; all mirrored for
 * right-to-left maps. Measurements and placed cards are cached, so laying out a large map again
 * after a small change costs little: keep one engine per window or export, and use it from one
 * thread at a time.
 */
public final class LayoutEngine {
    private static final double STAGE_BAR = 4;
    /** Between a lane's title and the conflict pill under it. */
    private static final double LANE_BADGE_GAP = 4;

    private final TextMeasurer measurer;
    /** One wrapper, with its cache of wrapped texts, per type scale (theme and title face). */
    private final Map<Typography, TextWrapper> wrappers = new ConcurrentHashMap<>();
    private final CardPlacer cardPlacer = new CardPlacer();
    private final CellCache cellCache = new CellCache();
    /** The last map laid out: an export plans its paper on the layout it then draws. */
    private volatile Laid last;

    private record Laid(JourneyMap map, LayoutOptions options, MapLayout layout) {
    }

    public LayoutEngine() {
        this(FontTableMeasurer.shared());
    }

    public LayoutEngine(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    public MapLayout layout(JourneyMap map, LayoutOptions options) {
        Laid previous = last;
        if (previous != null && previous.map() == map && previous.options().equals(options)) {
            return previous.layout();
        }
        MapLayout layout = layOut(map, options);
        last = new Laid(map, options, layout);
        return layout;
    }

    private MapLayout layOut(JourneyMap map, LayoutOptions options) {
        MapStyle style = MapStyle.of(options.theme(), options.brand());
        Metrics m = style.metrics();
        Palette palette = style.palette();
        boolean rtl = map.direction().isRightToLeft();
        TextWrapper wrapper = wrappers.computeIfAbsent(style.typography(), t -> new TextWrapper(measurer, t));
        TextPlacer text = new TextPlacer(wrapper, measurer, style.typography(), rtl);
        Locale locale = Locale.forLanguageTag(map.language());

        List<Stage> stages = new ArrayList<>();
        for (Stage s : map.stages()) {
            if (options.showsStage(s.id())) {
                stages.add(s);
            }
        }
        double[] columnX = new double[stages.size()];
        double[] columnW = new double[stages.size()];
        double[] gutters = LabelGutters.extra(map, stages, text.wrapper(), 2 * m.cellPadding());
        double[] widths = new double[stages.size()];
        for (int i = 0; i < stages.size(); i++) {
            widths[i] = m.columnWidth() * clampWidth(stages.get(i).width());
        }
        double narrower = LabelGutters.narrowing(widths, gutters);
        double gridStart = m.margin() + m.laneHeaderWidth();
        double x = gridStart;
        for (int i = 0; i < stages.size(); i++) {
            columnX[i] = x;
            columnW[i] = Math.round(widths[i] * (1 - narrower));
            x += columnW[i] + gutters[i];
        }
        double gridWidth = x - gridStart;
        double width = x + m.margin();
        Mirror mirror = new Mirror(width, rtl);

        double y = m.margin();
        List<TextLine> titleLines = List.of();
        TitleLogo logo = null;
        boolean personaHeader = options.personaHeader() && !map.personas().isEmpty();
        if (options.titleBlock()) {
            TitleBlock.Placed placed = TitleBlock.place(map, options.date(), m.margin(), width - m.margin(), y, text,
                    !personaHeader, TitleLogo.measure(options.brand()), rtl);
            titleLines = placed.lines();
            logo = placed.logo();
            y = placed.bottom();
        }
        List<PersonaBox> personas = List.of();
        if (personaHeader) {
            PersonaHeaderPlacer.Placed placed = new PersonaHeaderPlacer(text, mirror, locale)
                    .place(map.personas(), m.margin(), width - m.margin(), y);
            personas = placed.boxes();
            y = placed.bottom();
        }

        // Stage headers: as tall as the longest name needs.
        double headerTop = y;
        List<WrappedText> names = new ArrayList<>(stages.size());
        double headerHeight = m.stageHeaderMin();
        for (int i = 0; i < stages.size(); i++) {
            WrappedText name = text.wrapper().wrap(stages.get(i).name(), FontRole.STAGE_NAME,
                    columnW[i] - 2 * m.cellPadding());
            names.add(name);
            headerHeight = Math.max(headerHeight,
                    STAGE_BAR + 2 * m.headerPadding() + text.height(name, FontRole.STAGE_NAME));
        }
        Set<String> conflictedStages = conflicted(map, ConflictKind.STAGE);
        boolean anyNps = stages.stream().anyMatch(s -> s.nps().score().isPresent()
                || conflictedStages.contains(s.id()));
        double npsRow = anyNps ? CardPlacer.badgeHeight(style) + 4 : 0;
        headerHeight += npsRow;
        MetricsLanePlacer metricsPlacer = options.metricsLane() ? new MetricsLanePlacer(text, mirror, locale, style) : null;
        double metricsTop = headerTop + headerHeight;
        double laneTop = metricsTop + (metricsPlacer == null ? 0 : metricsPlacer.height());
        MetricsBand metricsBand = metricsPlacer == null ? null : metricsPlacer.place(stages, columnX, columnW,
                m.margin(), metricsTop, map.touchpointsInJourneyOrder());

        // Lanes: measure every visible cell, then give each lane its tallest cell.
        Map<String, Map<String, List<Card>>> byCell = map.cardsByCell();
        List<LanePlan> plans = new ArrayList<>(map.lanes().size());
        y = laneTop;
        for (Lane lane : map.lanes()) {
            LanePlan plan = planLane(lane, stages, columnW, byCell, style, text, locale, map);
            plans.add(plan);
            y += plan.height;
        }
        double gridBottom = y;

        List<StageBox> stageBoxes = new ArrayList<>(stages.size());
        Map<String, Rect> columns = new HashMap<>();
        Map<String, Integer> stageIndex = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            Rect header = mirror.rect(columnX[i], headerTop, columnW[i], headerHeight);
            Rect column = mirror.rect(columnX[i], laneTop, columnW[i], gridBottom - laneTop);
            columns.put(s.id(), column);
            stageIndex.put(s.id(), i);
            Rgba accent = Rgba.isHex(s.color()) ? Rgba.hex(s.color()) : palette.stageAccent(map.stageIndex(s.id()));
            List<TextLine> nameLines = text.place(s.name(), names.get(i), FontRole.STAGE_NAME,
                    header.x() + m.cellPadding(), header.maxX() - m.cellPadding(),
                    headerTop + STAGE_BAR + m.headerPadding(), TextPlacer.Align.START);
            StageBadges.Nps nps = StageBadges.nps(s, header, npsRow, style, text, locale, rtl);
            CardBadge conflict = StageBadges.conflict(conflictedStages.contains(s.id()), header,
                    nps == null ? null : nps.badge(), npsRow, style, text, locale, rtl);
            stageBoxes.add(new StageBox(s.id(), i, header, column, nameLines, palette.stageHeader(), accent,
                    nps == null ? null : nps.badge(), nps == null ? null : nps.label(), conflict));
        }

        List<LaneBox> laneBoxes = new ArrayList<>();
        List<CellBox> cells = new ArrayList<>();
        List<CardBox> cardBoxes = new ArrayList<>(map.cards().size());
        List<CurveBox> curves = new ArrayList<>();
        List<Card> touchpoints = map.lanes().stream().anyMatch(l -> l.kind() == LaneKind.EMOTION)
                ? map.touchpointsInJourneyOrder() : List.of();
        y = laneTop;
        for (int li = 0; li < plans.size(); li++) {
            LanePlan plan = plans.get(li);
            Lane lane = plan.lane;
            Rect header = mirror.rect(m.margin(), y, m.laneHeaderWidth(), plan.height);
            Rect band = mirror.rect(gridStart, y, gridWidth, plan.height);
            double titleTop = plan.collapsed() ? y + (plan.height - text.lineHeight(FontRole.LANE_TITLE)) / 2
                    : y + m.headerPadding();
            List<TextLine> laneTitle = text.place(lane.title(), plan.title, FontRole.LANE_TITLE,
                    header.x() + m.headerPadding(), header.maxX() - m.headerPadding(), titleTop, TextPlacer.Align.START);
            Rgba band0 = li % 2 == 0 ? palette.bandEven() : palette.bandOdd();
            Rgba fill = Rgba.isHex(lane.color()) ? palette.tint(Rgba.hex(lane.color())).mix(band0, 0.4) : band0;
            CardBadge conflict = plan.conflicted && !plan.collapsed()
                    ? laneConflict(header, titleTop + text.height(plan.title, FontRole.LANE_TITLE) + LANE_BADGE_GAP,
                            style, text, locale, rtl) : null;
            laneBoxes.add(new LaneBox(lane.id(), li, header, band, laneTitle, lane.kind(), plan.collapsed(), fill,
                    rtl, conflict));
            for (int i = 0; i < stages.size(); i++) {
                Rect cell = mirror.rect(columnX[i], y, columnW[i], plan.height);
                cells.add(new CellBox(stages.get(i).id(), lane.id(), cell));
                cardBoxes.addAll(placeCell(plan.cells.get(i), cell, y, style, text, mirror, map.scale()));
            }
            if (lane.kind() == LaneKind.EMOTION && !plan.collapsed()) {
                curves.add(new CurvePlacer().place(lane.id(), band, header, text.height(plan.title, FontRole.LANE_TITLE),
                        touchpoints, columns, map.scale(), style, text, mirror, locale,
                        Branches.of(touchpoints, map.connections(), stageIndex)));
            }
            y += plan.height;
        }

        // Index only the cards that connections need: a large map has few arrows and many cards.
        Map<String, CardBox> cardIndex = new HashMap<>();
        if (!map.connections().isEmpty()) {
            Set<String> ends = new HashSet<>();
            map.connections().forEach(c -> {
                ends.add(c.fromCardId());
                ends.add(c.toCardId());
            });
            for (CardBox c : cardBoxes) {
                if (ends.contains(c.cardId())) {
                    cardIndex.put(c.cardId(), c);
                }
            }
        }
        ConnectionRouter router = new ConnectionRouter(style, text, mirror, gridBottom);
        List<ConnectionBox> connections = router.route(map.connections(), cardIndex, stageIndex, columns,
                mirror.rect(gridStart, laneTop, gridWidth, gridBottom - laneTop),
                map.connections().isEmpty() ? List.of() : cardBoxes);
        double height = gridBottom + router.loopDepth() + m.margin();
        List<GuideLine> guides = BlueprintLines.place(laneBoxes, text, locale, rtl, style);
        return new MapLayout(width, Math.ceil(height), map.direction(), palette.background(), titleLines, stageBoxes,
                laneBoxes, cells, cardBoxes, curves, connections, style, personas, guides, metricsBand, logo);
    }

    private static double clampWidth(double relative) {
        return relative > 0.2 && relative < 10 ? relative : 1.0;
    }

    private LanePlan planLane(Lane lane, List<Stage> stages, double[] columnW,
                              Map<String, Map<String, List<Card>>> byCell, MapStyle style, TextPlacer text,
                              Locale locale, JourneyMap map) {
        Metrics m = style.metrics();
        WrappedText title = text.wrapper().wrap(lane.title(), FontRole.LANE_TITLE,
                m.laneHeaderWidth() - 2 * m.headerPadding());
        LanePlan plan = new LanePlan(lane, title);
        plan.conflicted = conflicted(map, ConflictKind.LANE).contains(lane.id());
        if (lane.collapsed()) {
            if (title.lineCount() > 1) {
                plan.title = new WrappedText(List.of(title.lines().get(0)), new double[] {title.widths()[0]});
            }
            plan.height = m.collapsedHeight();
            stages.forEach(s -> plan.cells.add(new CellCache.Entry(List.of(), 0, true, false, style, locale,
                    List.of())));
            return plan;
        }
        double tallest = 0;
        boolean cardsShown = lane.kind() != LaneKind.EMOTION;
        for (int i = 0; i < stages.size(); i++) {
            List<Card> inCell = cardsShown
                    ? byCell.getOrDefault(stages.get(i).id(), Map.of()).getOrDefault(lane.id(), List.of())
                    : List.of();
            CellCache.Entry cell = measureCell(stages.get(i).id(), lane.id(), inCell, contexts(inCell, map),
                    columnW[i] - 2 * m.cellPadding(), plan.boxed(), plan.storyboard(), style, text, locale);
            double cellHeight = 0;
            for (CardContent content : cell.contents) {
                cellHeight += content.height() + m.cardGap();
            }
            plan.cells.add(cell);
            tallest = Math.max(tallest, cellHeight == 0 ? 0 : cellHeight - m.cardGap() + 2 * m.cellPadding());
            if (plan.storyboard()) {
                // An empty frame waits in every stage of a storyboard, for a picture to be dropped in.
                tallest = Math.max(tallest, CardPlacer.stillHeight(columnW[i] - 2 * m.cellPadding(), style)
                        + 2 * m.cellPadding());
            }
        }
        double minimum = lane.kind() == LaneKind.EMOTION ? m.emotionHeight() : m.laneMin();
        plan.height = Math.ceil(Math.max(Math.max(minimum, lane.height()),
                Math.max(tallest, text.height(title, FontRole.LANE_TITLE) + 2 * m.headerPadding()
                        + (plan.conflicted ? CardPlacer.badgeHeight(style) + LANE_BADGE_GAP : 0))));
        return plan;
    }

    /** The conflict pill under a lane's title, from its reading start. */
    private static CardBadge laneConflict(Rect header, double top, MapStyle style, TextPlacer text, Locale locale,
                                          boolean rtl) {
        String label = Messages.get(locale, "layout.badge.conflict");
        double pad = 6;
        double w = text.wrapper().width(label, FontRole.SMALL) + 2 * pad;
        double h = CardPlacer.badgeHeight(style);
        double inset = style.metrics().headerPadding();
        Rect badge = new Rect(rtl ? header.maxX() - inset - w : header.x() + inset, top, w, h);
        TextLine line = text.single(label, FontRole.SMALL, badge.x() + pad,
                badge.y() + (h - text.lineHeight(FontRole.SMALL)) / 2);
        return new CardBadge(CardBadge.Kind.CONFLICT, badge, line, style.palette().negative(), Rgba.WHITE);
    }

    /** The ids of the things of one kind a merge left in conflict. */
    private static Set<String> conflicted(JourneyMap map, ConflictKind kind) {
        if (map.conflicts().isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        for (MergeConflict conflict : map.conflicts()) {
            if (conflict.kind() == kind) {
                ids.add(conflict.id());
            }
        }
        return ids;
    }

    /** What each card's look takes from the map: its dots, the gap threshold and whether it is in conflict. */
    private static List<CardContext> contexts(List<Card> cards, JourneyMap map) {
        if (cards.isEmpty()) {
            return List.of();
        }
        DotVote vote = map.vote();
        Set<String> conflicted = conflicted(map, ConflictKind.CARD);
        List<CardContext> contexts = new ArrayList<>(cards.size());
        for (Card c : cards) {
            contexts.add(new CardContext(vote == null ? 0 : vote.dotsOn(c.id()), map.gapThreshold(),
                    conflicted.contains(c.id())));
        }
        return contexts;
    }

    /** The cards of a cell measured for a width: from the last layout when the cell has not changed. */
    private CellCache.Entry measureCell(String stageId, String laneId, List<Card> cards, List<CardContext> contexts,
                                        double cardWidth, boolean boxed, boolean storyboard, MapStyle style,
                                        TextPlacer text, Locale locale) {
        CellCache.Entry last = cellCache.get(stageId, laneId);
        if (last != null && last.measuredFor(cards, contexts, cardWidth, boxed, storyboard, style, locale)) {
            return last;
        }
        List<CardContent> contents = new ArrayList<>(cards.size());
        for (int k = 0; k < cards.size(); k++) {
            contents.add(cardPlacer.measure(cards.get(k), contexts.get(k), cardWidth, boxed, storyboard, style, text,
                    locale));
        }
        CellCache.Entry entry = new CellCache.Entry(List.copyOf(cards), cardWidth, boxed, storyboard, style, locale,
                contents);
        entry.contexts = contexts;
        if (!cards.isEmpty()) {
            cellCache.put(stageId, laneId, entry);
        }
        return entry;
    }

    /** The card boxes of a cell: reused, moved, or placed anew, whichever is the least work. */
    private List<CardBox> placeCell(CellCache.Entry entry, Rect cell, double top, MapStyle style, TextPlacer text,
                                    Mirror mirror, EmotionScale scale) {
        if (entry.cards.isEmpty()) {
            return List.of();
        }
        if (entry.placedAt(cell.x(), mirror.rightToLeft(), scale)) {
            if (entry.y != top) {
                double dy = top - entry.y;
                List<CardBox> moved = new ArrayList<>(entry.boxes.size());
                for (CardBox box : entry.boxes) {
                    moved.add(Shift.card(box, dy));
                }
                entry.boxes = moved;
                entry.y = top;
            }
            return entry.boxes;
        }
        Metrics m = style.metrics();
        List<CardBox> boxes = new ArrayList<>(entry.cards.size());
        double cy = top + m.cellPadding();
        for (int k = 0; k < entry.cards.size(); k++) {
            CardContent content = entry.contents.get(k);
            Rect bounds = new Rect(cell.x() + m.cellPadding(), cy, cell.width() - 2 * m.cellPadding(), content.height());
            boxes.add(cardPlacer.place(entry.cards.get(k), content, bounds, entry.boxed, style, text, mirror, scale));
            cy += content.height() + m.cardGap();
        }
        entry.boxes = boxes;
        entry.x = cell.x();
        entry.y = top;
        entry.rightToLeft = mirror.rightToLeft();
        entry.scale = scale;
        return boxes;
    }

    /** A lane measured but not yet placed. */
    private static final class LanePlan {
        final Lane lane;
        final List<CellCache.Entry> cells = new ArrayList<>();
        WrappedText title;
        double height;
        boolean conflicted;

        LanePlan(Lane lane, WrappedText title) {
            this.lane = lane;
            this.title = title;
        }

        boolean collapsed() {
            return lane.collapsed();
        }

        /** Cards in a text lane read as plain text, without a card behind them. */
        boolean boxed() {
            return lane.kind() != LaneKind.TEXT;
        }

        boolean storyboard() {
            return lane.kind() == LaneKind.STORYBOARD;
        }
    }
}
