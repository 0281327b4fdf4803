package app.masa.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The map as it reads from afar: the geometry of its layout unchanged, with the stage names, lane
 * titles and card titles set as large as their boxes allow, and what nobody could read at that
 * distance left out (card bodies and badges but the vote's dots, arrow labels, stage scores). A map shown at a third
 * of its size turns every line of normal text into a smudge; these still read. Lane titles, one
 * under the other in a narrow column, take any summary size rather than be cut short.
 *
 * <p>Texts that read side by side (the stage names, the cards of one lane) share one size: the
 * largest of the summary sizes at which every one of them that can be held whole, words unbroken,
 * is. The caller names the smallest size still readable where the map is shown; a text that fits
 * in none of the readable sizes is cut short with an ellipsis rather than set smaller. The result
 * is a {@link MapLayout} like any other, so every painter can draw it, and hit-testing the
 * original layout still finds the same boxes.
 */
public final class MapSummary {
    /** The sizes tried, largest first. */
    static final List<FontRole> SIZES = List.of(FontRole.SUMMARY_LARGE, FontRole.SUMMARY_MEDIUM,
            FontRole.SUMMARY_SMALL);
    private static final double STAGE_BAR = 4;
    private static final double HEADER_INSET = 3;

    private final TextMeasurer measurer;
    /** One wrapper, with its cache of wrapped texts, per type scale (theme and title face). */
    private final Map<Typography, TextWrapper> wrappers = new ConcurrentHashMap<>();

    public MapSummary() {
        this(FontTableMeasurer.shared());
    }

    public MapSummary(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The summary with every summary size allowed. */
    public MapLayout of(MapLayout layout) {
        return of(layout, SIZES.get(SIZES.size() - 1));
    }

    /**
     * The summary using no size smaller than {@code smallest} (one of the SUMMARY roles) unless a box
     * cannot hold a single line of it. Safe to call from several threads: the wrappers' caches are
     * concurrent and nothing else is kept.
     */
    public MapLayout of(MapLayout layout, FontRole smallest) {
        int readable = SIZES.indexOf(smallest);
        if (readable < 0) {
            throw new IllegalArgumentException("not a summary size: " + smallest);
        }
        List<FontRole> sizes = SIZES.subList(0, readable + 1);
        MapStyle style = layout.style();
        Metrics m = style.metrics();
        boolean rtl = layout.direction().isRightToLeft();
        TextWrapper wrapper = wrappers.computeIfAbsent(style.typography(), t -> new TextWrapper(measurer, t));
        TextPlacer text = new TextPlacer(wrapper, measurer, style.typography(), rtl);

        List<Rect> headerRooms = new ArrayList<>();
        for (StageBox s : layout.stages()) {
            Rect h = s.header();
            // Inside the header's chip, under its colour bar (see MapPainter).
            headerRooms.add(new Rect(h.x() + m.cellPadding(), h.y() + STAGE_BAR + HEADER_INSET,
                    h.width() - 2 * m.cellPadding(), h.height() - 2 * HEADER_INSET - STAGE_BAR - 2 * HEADER_INSET));
        }
        List<List<TextLine>> names = fitAlike(layout.stages().stream().map(s -> joined(s.nameLines())).toList(),
                headerRooms, text, sizes);
        List<StageBox> stages = new ArrayList<>(layout.stages().size());
        for (int i = 0; i < layout.stages().size(); i++) {
            StageBox s = layout.stages().get(i);
            stages.add(new StageBox(s.stageId(), s.index(), s.header(), s.column(), names.get(i), s.fill(), s.accent(),
                    null, null));
        }
        List<LaneBox> lanes = new ArrayList<>(layout.lanes().size());
        for (LaneBox l : layout.lanes()) {
            Rect h = l.header();
            double pad = m.headerPadding();
            Rect room = l.collapsed()
                    ? new Rect(h.x() + pad, h.y(), h.width() - 2 * pad, h.height())
                    : new Rect(h.x() + pad, h.y() + pad, h.width() - 2 * pad, h.height() - 2 * pad);
            // Each lane title on its own, in any size: they stand one under the other, not side by
            // side, and their column is narrow; a lane name cut short says little.
            List<TextLine> title = fit(joined(l.titleLines()), room, text, SIZES);
            lanes.add(new LaneBox(l.laneId(), l.index(), h, l.band(), title, l.kind(), l.collapsed(), l.fill(), l.chevron()));
        }
        List<CardBox> cards = new ArrayList<>(layout.cards());
        Map<String, List<Integer>> byLane = new LinkedHashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            byLane.computeIfAbsent(cards.get(i).laneId(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> lane : byLane.values()) {
            List<CardBox> inLane = lane.stream().map(cards::get).toList();
            List<List<TextLine>> lines = fitAlike(inLane.stream().map(c -> joined(c.titleLines())).toList(),
                    inLane.stream().map(c -> titleRoom(c, m, rtl)).toList(), text, sizes);
            for (int k = 0; k < lane.size(); k++) {
                cards.set(lane.get(k), summarised(inLane.get(k), lines.get(k)));
            }
        }
        List<ConnectionBox> connections = new ArrayList<>(layout.connections().size());
        for (ConnectionBox c : layout.connections()) {
            connections.add(new ConnectionBox(c.connectionId(), c.fromCardId(), c.toCardId(), c.path(), c.arrowHead(),
                    c.labelAnchor(), null));
        }
        return new MapLayout(layout.width(), layout.height(), layout.direction(), layout.background(),
                layout.titleLines(), stages, lanes, layout.cells(), cards, layout.curves(), connections, style,
                layout.personas(), layout.guides(), layout.metricsBand(), layout.logo(), layout.links());
    }

    /** Where a card's title goes: the room its text and badges took (see CardPlacer). */
    private static Rect titleRoom(CardBox c, Metrics m, boolean rtl) {
        Rect b = c.bounds();
        double pad = c.marks().boxed() ? m.cardPadding() : 2;
        double accent = c.marks().boxed() ? m.accentWidth() : 0;
        double left = b.x() + pad + (rtl ? 0 : accent);
        double right = b.maxX() - pad - (rtl ? accent : 0);
        // Half the padding above and below: a one-line card still holds a line of the smallest size.
        // A storyboard's still keeps its picture: the caption goes under it.
        double top = still(c) ? c.picture().frame().maxY() + pad / 2 : b.y() + pad / 2;
        double bottom = b.maxY() - pad / 2;
        VoteDots votes = c.marks().votes();
        if (votes != null && !votes.dots().isEmpty()) {
            // The vote's dots stay, and the title keeps above them (the presentation draws them large).
            bottom = Math.min(bottom, votes.top());
        }
        return new Rect(left, top, right - left, bottom - top);
    }

    /** A card with only its title, its vote's dots when it has some, and its picture when it is a still. */
    private static CardBox summarised(CardBox c, List<TextLine> title) {
        CardMarks marks = c.marks();
        CardMarks bare = new CardMarks(marks.type(), marks.boxed(), null, null, null, null, null, null, null,
                List.of(), marks.votes(), null, false, marks.assumption());
        return new CardBox(c.cardId(), c.stageId(), c.laneId(), c.bounds(), title, List.of(), c.fill(), c.accent(),
                c.handle(), bare, still(c) ? c.picture() : null);
    }

    private static boolean still(CardBox c) {
        return c.picture() != null && c.picture().still();
    }

    /**
     * Texts that read side by side (the stage names, the cards of a lane) in one size: the largest
     * in which every one of them that can fit whole does. Those that cannot are cut short, no
     * larger than that.
     */
    private List<List<TextLine>> fitAlike(List<String> sources, List<Rect> rooms, TextPlacer text,
                                          List<FontRole> sizes) {
        int common = 0;
        for (int i = 0; i < sources.size(); i++) {
            int whole = wholeFit(sources.get(i), rooms.get(i), text, sizes);
            if (whole >= 0) {
                common = Math.max(common, whole);
            }
        }
        List<FontRole> alike = sizes.subList(common, sizes.size());
        List<List<TextLine>> placed = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            placed.add(fit(sources.get(i), rooms.get(i), text, alike));
        }
        return placed;
    }

    /** The place in {@code sizes} of the largest size that holds the text whole, or -1. */
    private static int wholeFit(String source, Rect room, TextPlacer text, List<FontRole> sizes) {
        if (source.isBlank() || room.width() <= 0) {
            return -1;
        }
        for (int k = 0; k < sizes.size(); k++) {
            FontRole role = sizes.get(k);
            WrappedText wrapped = text.wrapper().wrap(source, role, room.width());
            if (wordsFit(source, role, room.width(), text.wrapper()) && text.height(wrapped, role) <= room.height()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The text placed in a box at the largest of {@code sizes} that fits it whole, words unbroken.
     * When none does, it is cut short rather than shrunk: in the largest size after the first that
     * lets its first word and one line fit, as many lines as the box holds, the last one and any
     * word wider than the box ending in an ellipsis (a word broken in two would read as two words).
     * A box too low for a line of any of {@code sizes} takes one line of the largest summary size
     * that fits it.
     */
    List<TextLine> fit(String source, Rect room, TextPlacer text, List<FontRole> sizes) {
        if (source.isBlank() || room.width() <= 0) {
            return List.of();
        }
        TextWrapper wrapper = text.wrapper();
        int whole = wholeFit(source, room, text, sizes);
        if (whole >= 0) {
            FontRole role = sizes.get(whole);
            return text.place(source, wrapper.wrap(source, role, room.width()), role, room.x(), room.maxX(), room.y(),
                    TextPlacer.Align.START);
        }
        FontRole cut = cutSize(source, room, text, sizes);
        if (cut == null) {
            return List.of();
        }
        int fitting = (int) Math.floor(room.height() / text.lineHeight(cut));
        WrappedText wrapped = wrapper.wrap(shortenedWords(source, cut, room.width(), wrapper), cut, room.width());
        List<String> lines = new ArrayList<>(wrapped.lines().subList(0, Math.min(fitting, wrapped.lineCount())));
        double[] widths = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            if (last && wrapped.lineCount() > lines.size()) {
                lines.set(i, Ellipsis.fit(lines.get(i) + " " + wrapped.lines().get(i + 1), room.width(), cut, wrapper));
            }
            widths[i] = wrapper.width(lines.get(i), cut);
        }
        return text.place(source, new WrappedText(lines, widths), cut, room.x(), room.maxX(), room.y(),
                TextPlacer.Align.START);
    }

    /** The size a text too long for its box is cut short in, or null when no line fits the box. */
    private static FontRole cutSize(String source, Rect room, TextPlacer text, List<FontRole> sizes) {
        String firstWord = source.strip().split("\\s+")[0];
        for (FontRole role : sizes.size() > 1 ? sizes.subList(1, sizes.size()) : sizes) {
            if (text.wrapper().width(firstWord, role) <= room.width() && text.lineHeight(role) <= room.height()) {
                return role;
            }
        }
        FontRole smallestAllowed = sizes.get(sizes.size() - 1);
        if (text.lineHeight(smallestAllowed) <= room.height()) {
            return smallestAllowed;
        }
        for (FontRole role : SIZES.subList(SIZES.indexOf(smallestAllowed) + 1, SIZES.size())) {
            if (text.lineHeight(role) <= room.height()) {
                return role;
            }
        }
        return null;
    }

    private static String shortenedWords(String source, FontRole role, double width, TextWrapper wrapper) {
        StringBuilder sb = new StringBuilder();
        for (String word : source.strip().split("\\s+")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Ellipsis.fit(word, width, role, wrapper));
        }
        return sb.toString();
    }

    private static boolean wordsFit(String source, FontRole role, double width, TextWrapper wrapper) {
        for (String word : source.strip().split("\\s+")) {
            if (wrapper.width(word, role) > width) {
                return false;
            }
        }
        return true;
    }

    /** The text of placed lines, whole again (the wrapping is redone at the new size). */
    private static String joined(List<TextLine> lines) {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(l.text());
        }
        return sb.toString();
    }
}
