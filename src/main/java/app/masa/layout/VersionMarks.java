package app.masa.layout;

import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Places another version's differences on the layout of this map, so that a comparison is drawn
 * where a person looks: our removed and changed cards, headers and arrows in their own boxes, and
 * the other version's new cards (and the new places of moved ones) as ghosts stacked under the
 * last card of the cell they would stand in, in the cell's own card column (mirrored maps
 * included, as the cells are). Things matched by id, like {@code MapDiff}.
 */
public final class VersionMarks {
    private final TextMeasurer measurer;

    public VersionMarks() {
        this(FontTableMeasurer.shared());
    }

    public VersionMarks(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    public List<VersionMark> place(MapLayout layout, JourneyMap ours, JourneyMap theirs) {
        List<VersionMark> marks = new ArrayList<>();
        headers(layout, ours, theirs, marks);
        cards(layout, ours, theirs, marks);
        connections(layout, ours, theirs, marks);
        return List.copyOf(marks);
    }

    private static void headers(MapLayout layout, JourneyMap ours, JourneyMap theirs, List<VersionMark> marks) {
        for (StageBox box : layout.stages()) {
            Stage mine = ours.stage(box.stageId()).orElse(null);
            Stage other = theirs.stage(box.stageId()).orElse(null);
            VersionMark.Kind kind = other == null ? VersionMark.Kind.REMOVED
                    : other.equals(mine) && theirs.stageIndex(other.id()) == ours.stageIndex(other.id()) ? null
                    : VersionMark.Kind.CHANGED;
            if (kind != null) {
                marks.add(new VersionMark(kind, VersionMark.Thing.STAGE, box.stageId(), box.header(), null, null));
            }
        }
        for (LaneBox box : layout.lanes()) {
            Lane mine = ours.lane(box.laneId()).orElse(null);
            Lane other = theirs.lane(box.laneId()).orElse(null);
            VersionMark.Kind kind = other == null ? VersionMark.Kind.REMOVED
                    : other.equals(mine) && theirs.laneIndex(other.id()) == ours.laneIndex(other.id()) ? null
                    : VersionMark.Kind.CHANGED;
            if (kind != null) {
                marks.add(new VersionMark(kind, VersionMark.Thing.LANE, box.laneId(), box.header(), null, null));
            }
        }
    }

    private void cards(MapLayout layout, JourneyMap ours, JourneyMap theirs, List<VersionMark> marks) {
        Map<String, Card> other = new HashMap<>();
        theirs.cards().forEach(c -> other.put(c.id(), c));
        Map<String, Card> mine = new HashMap<>();
        ours.cards().forEach(c -> mine.put(c.id(), c));
        for (CardBox box : layout.cards()) {
            Card was = mine.get(box.cardId());
            Card now = other.get(box.cardId());
            if (now == null) {
                marks.add(new VersionMark(VersionMark.Kind.REMOVED, VersionMark.Thing.CARD, box.cardId(), box.bounds(),
                        null, null));
            } else if (!sameExceptOrder(was, now)) {
                marks.add(new VersionMark(VersionMark.Kind.CHANGED, VersionMark.Thing.CARD, box.cardId(), box.bounds(),
                        null, null));
            }
        }
        Map<String, Double> nextY = new HashMap<>();
        Map<String, CardBox> boxes = new HashMap<>();
        layout.cards().forEach(b -> boxes.put(b.cardId(), b));
        for (Card card : theirs.cards().stream().sorted(JourneyMap.BY_ORDER).toList()) {
            Card was = mine.get(card.id());
            boolean moved = was != null && (!was.stageId().equals(card.stageId()) || !was.laneId().equals(card.laneId()));
            if (was != null && !moved) {
                continue;
            }
            CellBox cell = cellOf(layout, card);
            if (cell == null) {
                continue;
            }
            CardBox ourBox = was == null ? null : boxes.get(was.id());
            marks.add(ghost(layout, cell, card, moved ? VersionMark.Kind.MOVED_TO : VersionMark.Kind.ADDED,
                    ourBox, nextY));
        }
    }

    /** A card-sized ghost under the last card (or ghost) of its cell. */
    private VersionMark ghost(MapLayout layout, CellBox cell, Card card, VersionMark.Kind kind, CardBox ourBox,
                              Map<String, Double> nextY) {
        Metrics m = layout.style().metrics();
        Typography type = layout.style().typography();
        String key = cell.stageId() + "\u0000" + cell.laneId();
        double top = nextY.computeIfAbsent(key, k -> lastCardBottom(layout, cell) + m.cardGap());
        double x = cell.bounds().x() + m.cellPadding();
        double width = cell.bounds().width() - 2 * m.cellPadding();
        double height = ourBox != null ? ourBox.bounds().height()
                : 2 * m.cardPadding() + type.lineHeight(FontRole.CARD_TITLE);
        Rect bounds = new Rect(x, top, width, height);
        nextY.put(key, top + height + m.cardGap());
        return new VersionMark(kind, VersionMark.Thing.CARD, card.id(), bounds, titleLine(layout, bounds, card.title()),
                null);
    }

    private static double lastCardBottom(MapLayout layout, CellBox cell) {
        double bottom = cell.bounds().y() + layout.style().metrics().cellPadding() - layout.style().metrics().cardGap();
        for (CardBox box : layout.cards()) {
            if (box.stageId().equals(cell.stageId()) && box.laneId().equals(cell.laneId())) {
                bottom = Math.max(bottom, box.bounds().maxY());
            }
        }
        return bottom;
    }

    private TextLine titleLine(MapLayout layout, Rect bounds, String title) {
        Typography type = layout.style().typography();
        Metrics m = layout.style().metrics();
        TextWrapper wrapper = new TextWrapper(measurer, type);
        double room = bounds.width() - 2 * m.cardPadding();
        String text = Ellipsis.fit(title.replace('\n', ' ').strip(), room, FontRole.CARD_TITLE, wrapper);
        double width = wrapper.width(text, FontRole.CARD_TITLE);
        boolean rtl = TextDirection.isRightToLeft(text, layout.direction().isRightToLeft());
        double x = rtl ? bounds.maxX() - m.cardPadding() - width : bounds.x() + m.cardPadding();
        double baseline = bounds.y() + m.cardPadding() + measurer.ascent(type.size(FontRole.CARD_TITLE));
        return new TextLine(text, FontRole.CARD_TITLE, x, baseline, width, rtl);
    }

    private static CellBox cellOf(MapLayout layout, Card card) {
        for (CellBox cell : layout.cells()) {
            if (cell.stageId().equals(card.stageId()) && cell.laneId().equals(card.laneId())) {
                return cell;
            }
        }
        return null;
    }

    private static void connections(MapLayout layout, JourneyMap ours, JourneyMap theirs, List<VersionMark> marks) {
        for (ConnectionBox box : layout.connections()) {
            Connection mine = ours.connection(box.connectionId()).orElse(null);
            Connection other = theirs.connection(box.connectionId()).orElse(null);
            if (other == null || !other.equals(mine)) {
                VersionMark.Kind kind = other == null ? VersionMark.Kind.REMOVED : VersionMark.Kind.CHANGED;
                marks.add(new VersionMark(kind, VersionMark.Thing.CONNECTION, box.connectionId(), null, null,
                        box.path()));
            }
        }
    }

    /** A card renumbered in its cell because a neighbour came or went is not a change of its own. */
    private static boolean sameExceptOrder(Card a, Card b) {
        return Objects.equals(a, b) || a != null && a.withOrder(b.order()).equals(b);
    }
}
