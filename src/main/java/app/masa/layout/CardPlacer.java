package app.masa.layout;

import app.masa.i18n.SignedNumber;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.EmotionScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures and places cards: accent strip at the reading start, the picture when there is one, text,
 * then a row of badges. In a storyboard lane every card is a picture frame with its caption under
 * it, an empty frame until a picture is dropped on it.
 */
final class CardPlacer {
    private static final int MAX_CACHED = 50_000;
    private static final double TITLE_BODY_GAP = 3;
    private static final double BADGE_GAP = 7;
    private static final double BADGE_PAD = 6;
    private static final double PICTURE_GAP = 6;
    /** A picture on a card is a wide strip; a storyboard frame is a 4 : 3 still. */
    private static final double CARD_PICTURE_RATIO = 0.56;
    private static final double STORYBOARD_RATIO = 0.75;

    /**
     * A card's measurements are kept for the card itself, not for an equal one: the model is immutable,
     * so an edit makes a new card and an unchanged card stays the same object from one layout to the
     * next. Comparing every field instead cost more than measuring a card anew, and missed the
     * fields a list of them left out.
     */
    private record Key(Card card, double width, boolean boxed, String language, CardContext context,
                       double pictureRatio) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.card == card && k.width == width && k.boxed == boxed
                    && k.language.equals(language) && k.context.equals(context) && k.pictureRatio == pictureRatio;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(card) + Double.hashCode(width);
        }
    }

    private final Map<Key, CardContent> cache = new ConcurrentHashMap<>();

    CardContent measure(Card card, CardContext context, double cardWidth, boolean boxed, boolean storyboard,
                        MapStyle style, TextPlacer text, Locale mapLocale) {
        double pictureRatio = storyboard ? STORYBOARD_RATIO : card.picture() != null && boxed ? CARD_PICTURE_RATIO : 0;
        Key key = new Key(card, cardWidth, boxed, mapLocale.toLanguageTag(), context, pictureRatio);
        CardContent cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        Metrics m = style.metrics();
        double inner = storyboard ? cardWidth - 2 * m.cardPadding() : innerWidth(cardWidth, boxed, m);
        WrappedText title = text.wrapper().wrap(card.title(), FontRole.CARD_TITLE, inner);
        WrappedText body = text.wrapper().wrap(card.body(), FontRole.CARD_BODY, inner);
        String channel = card.channel() == null ? null : ChannelNames.of(card.channel(), mapLocale);
        String score = card.score() == null ? null : scoreText(card.score());
        double channelWidth = channel == null ? 0 : text.wrapper().width(channel, FontRole.SMALL);
        double scoreWidth = score == null ? 0 : text.wrapper().width(score, FontRole.SMALL);
        List<BadgeText> badges = CardFacts.of(card, context, mapLocale, text.wrapper());
        int rows = BadgeFlow.rows(flow(channel, channelWidth, badges, score, scoreWidth, inner, style), score != null);
        double pictureHeight = Math.round(inner * pictureRatio);
        double height = (boxed ? 2 * m.cardPadding() : 4) + (pictureHeight > 0 ? pictureHeight + PICTURE_GAP : 0)
                + text.height(title, FontRole.CARD_TITLE)
                + (body.isEmpty() ? 0 : TITLE_BODY_GAP + text.height(body, FontRole.CARD_BODY));
        if (rows > 0) {
            height += BADGE_GAP + rows * badgeHeight(style) + (rows - 1) * BadgeFlow.ROW_GAP;
        }
        CardContent content = new CardContent(title, body, channel, channelWidth, score, scoreWidth,
                Math.ceil(height), badges, rows, pictureHeight, storyboard);
        cache.put(key, content);
        return content;
    }

    CardBox place(Card card, CardContent content, Rect bounds, boolean boxed, MapStyle style, TextPlacer text,
                  Mirror mirror, EmotionScale scale) {
        Metrics m = style.metrics();
        Palette palette = style.palette();
        boolean rtl = mirror.rightToLeft();
        double pad = boxed ? m.cardPadding() : 2;
        double accent = boxed && !content.still() ? m.accentWidth() : 0;
        double left = bounds.x() + pad + (rtl ? 0 : accent);
        double right = bounds.maxX() - pad - (rtl ? accent : 0);
        double top = bounds.y() + (boxed ? m.cardPadding() : 2);
        PictureBox picture = null;
        if (content.pictureHeight() > 0) {
            Rect frame = new Rect(left, top, right - left, content.pictureHeight());
            picture = card.picture() == null ? new PictureBox(frame, null, 0.5, 0.5, content.still())
                    : new PictureBox(frame, EmbeddedImages.bytes(card.picture().image()), card.picture().focusX(),
                            card.picture().focusY(), content.still());
            top += content.pictureHeight() + PICTURE_GAP;
        }
        List<TextLine> titleLines = text.place(card.title(), content.title(), FontRole.CARD_TITLE, left, right, top,
                TextPlacer.Align.START);
        top += text.height(content.title(), FontRole.CARD_TITLE);
        List<TextLine> bodyLines = List.of();
        if (!content.body().isEmpty()) {
            top += TITLE_BODY_GAP;
            bodyLines = text.place(card.body(), content.body(), FontRole.CARD_BODY, left, right, top,
                    TextPlacer.Align.START);
        }
        Rgba accentColor = Rgba.isHex(card.color()) ? Rgba.hex(card.color()) : palette.accent(card.type());
        Rgba fill = boxed ? palette.tint(accentColor) : Rgba.TRANSPARENT;
        CardMarks marks = marks(card, content, bounds, boxed, left, right, style, text, mirror, scale);
        double handleSize = 12;
        double handleX = rtl ? bounds.x() - handleSize / 2 : bounds.maxX() - handleSize / 2;
        Rect handle = new Rect(handleX, bounds.centerY() - handleSize / 2, handleSize, handleSize);
        return new CardBox(card.id(), card.stageId(), card.laneId(), bounds, titleLines, bodyLines, fill,
                boxed && !content.still() ? accentColor : Rgba.TRANSPARENT, handle, marks, picture);
    }

    /** The slots of the channel badge (first, when present) and the other badges, in reading order. */
    private static List<BadgeFlow.Slot> flow(String channel, double channelWidth, List<BadgeText> badges, String score,
                                             double scoreWidth, double inner, MapStyle style) {
        List<Double> widths = new ArrayList<>(badges.size() + 1);
        if (channel != null) {
            widths.add(channelWidth + 2 * BADGE_PAD);
        }
        badges.forEach(b -> widths.add(b.contentWidth() + 2 * BADGE_PAD));
        double firstRow = score == null ? inner : inner - scoreBadgeWidth(scoreWidth, style) - BadgeFlow.SPACING;
        return BadgeFlow.slots(widths, firstRow, inner);
    }

    private static double scoreBadgeWidth(double labelWidth, MapStyle style) {
        return Math.max(badgeHeight(style) * 1.4, labelWidth + 2 * BADGE_PAD);
    }

    private CardMarks marks(Card card, CardContent content, Rect bounds, boolean boxed, double left, double right,
                            MapStyle style, TextPlacer text, Mirror mirror, EmotionScale scale) {
        double badgeH = badgeHeight(style);
        double pad = boxed ? style.metrics().cardPadding() : 2;
        int rows = Math.max(1, content.rows());
        double top = bounds.maxY() - pad - rows * badgeH - (rows - 1) * BadgeFlow.ROW_GAP;
        boolean rtl = mirror.rightToLeft();
        Palette p = style.palette();
        List<BadgeFlow.Slot> slots = flow(content.channelLabel(), content.channelLabelWidth(), content.badges(),
                content.scoreLabel(), content.scoreLabelWidth(), right - left, style);
        int next = 0;
        Rect channelBadge = null;
        TextLine channelLabel = null;
        if (content.channelLabel() != null) {
            channelBadge = slotRect(slots.get(next++), left, right, top, badgeH, rtl);
            channelLabel = badgeText(content.channelLabel(), content.channelLabelWidth(), channelBadge, text);
        }
        List<CardBadge> badges = new ArrayList<>();
        VoteDots votes = null;
        for (BadgeText b : content.badges()) {
            Rect r = slotRect(slots.get(next++), left, right, top, badgeH, rtl);
            if (b.isVotes()) {
                votes = voteDots(b, r, rtl, text);
            } else {
                TextLine label = badgeText(b.text(), b.width(), r, text);
                if (b.kind() == CardBadge.Kind.GAP || b.kind() == CardBadge.Kind.CONVERSION) {
                    // Signed numbers and percentages read left to right in every language.
                    label = new TextLine(label.text(), label.role(), label.x(), label.baseline(), label.width(), false);
                }
                badges.add(new CardBadge(b.kind(), r, label, badgeFill(b.kind(), card, p), badgeInk(b.kind(), p)));
            }
        }
        Rect scoreBadge = null;
        TextLine scoreLabel = null;
        Rgba scoreColor = null;
        if (content.scoreLabel() != null) {
            double w = scoreBadgeWidth(content.scoreLabelWidth(), style);
            scoreBadge = new Rect(rtl ? left : right - w, top, w, badgeH);
            TextLine label = badgeText(content.scoreLabel(), content.scoreLabelWidth(), scoreBadge, text);
            // A signed number reads left to right in every language: "+2", never "2+".
            scoreLabel = new TextLine(label.text(), label.role(), label.x(), label.baseline(), label.width(), false);
            scoreColor = p.emotion(scale.fraction(card.score()));
        }
        Integer gap = card.gap().isPresent() ? card.gap().getAsInt() : null;
        boolean flagged = badges.stream().anyMatch(b -> b.kind() == CardBadge.Kind.GAP);
        return new CardMarks(card.type(), boxed, card.channel(), channelBadge, channelLabel, card.score(), scoreBadge,
                scoreLabel, scoreColor, badges, votes, gap, flagged, card.evidence().isAssumption());
    }

    private static Rect slotRect(BadgeFlow.Slot slot, double left, double right, double top, double badgeH,
                                 boolean rtl) {
        double y = top + slot.row() * (badgeH + BadgeFlow.ROW_GAP);
        double x = rtl ? right - slot.offset() - slot.width() : left + slot.offset();
        return new Rect(x, y, slot.width(), badgeH);
    }

    /** The dots sit at the reading start of their pill, the count after them. */
    private static VoteDots voteDots(BadgeText b, Rect pill, boolean rtl, TextPlacer text) {
        int shown = Math.min(b.votes(), BadgeText.MAX_DOTS);
        List<Point> dots = new ArrayList<>(shown);
        double dir = rtl ? -1 : 1;
        double start = rtl ? pill.maxX() - BADGE_PAD : pill.x() + BADGE_PAD;
        for (int i = 0; i < shown; i++) {
            dots.add(new Point(start + dir * (BadgeText.DOT_STEP * i + BadgeText.DOT_STEP / 2), pill.centerY()));
        }
        double labelStart = start + dir * (shown * BadgeText.DOT_STEP + 2);
        double x = rtl ? labelStart - b.width() : labelStart;
        TextLine label = text.single(b.text(), FontRole.SMALL, x,
                pill.y() + (pill.height() - text.lineHeight(FontRole.SMALL)) / 2);
        return new VoteDots(b.votes(), dots, BadgeText.DOT_RADIUS, label);
    }

    private static Rgba badgeFill(CardBadge.Kind kind, Card card, Palette p) {
        int soft = p.dark() ? 40 : 18;
        return switch (kind) {
            case GAP -> card.gap().orElse(0) < 0 ? p.negative() : p.positive();
            case CONFLICT -> p.negative();
            case ASSUMPTION -> p.neutral().withAlpha(p.dark() ? 70 : 50);
            case EVIDENCE -> p.positive().withAlpha(p.dark() ? 60 : 30);
            case OPEN_QUESTIONS -> p.neutral().withAlpha(p.dark() ? 70 : 60);
            case CONVERSION -> p.positive().withAlpha(p.dark() ? 60 : 36);
            case OWNER -> p.accent(CardType.TOUCHPOINT).withAlpha(p.dark() ? 70 : 40);
            case PRESENCE -> p.text().withAlpha(soft);
        };
    }

    private static Rgba badgeInk(CardBadge.Kind kind, Palette p) {
        return kind == CardBadge.Kind.GAP || kind == CardBadge.Kind.CONFLICT ? Rgba.WHITE : p.dark() ? p.text() : p.textSecondary();
    }

    private static TextLine badgeText(String label, double width, Rect badge, TextPlacer text) {
        return text.single(label, FontRole.SMALL, badge.centerX() - width / 2,
                badge.y() + (badge.height() - text.lineHeight(FontRole.SMALL)) / 2);
    }

    /** The frame of a storyboard card of this width: inside its padding, 4 : 3, from the card's top. */
    static Rect stillFrame(double x, double y, double cardWidth, MapStyle style) {
        double pad = style.metrics().cardPadding();
        double inner = cardWidth - 2 * pad;
        return new Rect(x + pad, y + pad, inner, Math.round(inner * STORYBOARD_RATIO));
    }

    /** How tall a storyboard card of this width is with a one-line caption: what an empty cell keeps room for. */
    static double stillHeight(double cardWidth, MapStyle style) {
        return Math.ceil(stillFrame(0, 0, cardWidth, style).maxY() + PICTURE_GAP
                + style.typography().lineHeight(FontRole.CARD_TITLE) + style.metrics().cardPadding());
    }

    static double badgeHeight(MapStyle style) {
        return Math.ceil(style.typography().lineHeight(FontRole.SMALL) + 4);
    }

    static double innerWidth(double cardWidth, boolean boxed, Metrics m) {
        return boxed ? cardWidth - 2 * m.cardPadding() - m.accentWidth() : cardWidth - 4;
    }

    /** "+2", "0", "−1": drawn on its own in a left-to-right line, so without a mark. */
    static String scoreText(int score) {
        return SignedNumber.of(score);
    }
}
