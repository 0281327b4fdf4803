package app.masa.layout;

import app.masa.model.Card;
import app.masa.model.EmotionScale;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Measures and places cards: accent strip at the reading start, text, then a row of badges. */
final class CardPlacer {
    private static final int MAX_CACHED = 50_000;
    private static final double TITLE_BODY_GAP = 3;
    private static final double BADGE_GAP = 7;
    private static final double BADGE_PAD = 6;

    private record Key(String title, String body, Object channel, Integer score, double width, boolean boxed,
                       String language) {
    }

    private final Map<Key, CardContent> cache = new ConcurrentHashMap<>();

    CardContent measure(Card card, double cardWidth, boolean boxed, MapStyle style, TextPlacer text,
                                    Locale mapLocale) {
        Key key = new Key(card.title(), card.body(), card.channel(), card.score(), cardWidth, boxed,
                mapLocale.toLanguageTag());
        CardContent cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        Metrics m = style.metrics();
        double inner = innerWidth(cardWidth, boxed, m);
        WrappedText title = text.wrapper().wrap(card.title(), FontRole.CARD_TITLE, inner);
        WrappedText body = text.wrapper().wrap(card.body(), FontRole.CARD_BODY, inner);
        String channel = card.channel() == null ? null : ChannelNames.of(card.channel(), mapLocale);
        String score = card.score() == null ? null : scoreText(card.score());
        double height = (boxed ? 2 * m.cardPadding() : 4) + text.height(title, FontRole.CARD_TITLE)
                + (body.isEmpty() ? 0 : TITLE_BODY_GAP + text.height(body, FontRole.CARD_BODY));
        if (channel != null || score != null) {
            height += BADGE_GAP + badgeHeight(style);
        }
        CardContent content = new CardContent(title, body, channel,
                channel == null ? 0 : text.wrapper().width(channel, FontRole.SMALL), score,
                score == null ? 0 : text.wrapper().width(score, FontRole.SMALL), Math.ceil(height));
        cache.put(key, content);
        return content;
    }

    CardBox place(Card card, CardContent content, Rect bounds, boolean boxed, MapStyle style, TextPlacer text,
                  Mirror mirror, EmotionScale scale) {
        Metrics m = style.metrics();
        Palette palette = style.palette();
        boolean rtl = mirror.rightToLeft();
        double pad = boxed ? m.cardPadding() : 2;
        double accent = boxed ? m.accentWidth() : 0;
        double left = bounds.x() + pad + (rtl ? 0 : accent);
        double right = bounds.maxX() - pad - (rtl ? accent : 0);
        double top = bounds.y() + (boxed ? m.cardPadding() : 2);
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
                boxed ? accentColor : Rgba.TRANSPARENT, handle, marks);
    }

    private CardMarks marks(Card card, CardContent content, Rect bounds, boolean boxed, double left, double right, MapStyle style,
                            TextPlacer text, Mirror mirror, EmotionScale scale) {
        double badgeH = badgeHeight(style);
        double pad = boxed ? style.metrics().cardPadding() : 2;
        double top = bounds.maxY() - pad - badgeH;
        boolean rtl = mirror.rightToLeft();
        Rect channelBadge = null;
        TextLine channelLabel = null;
        if (content.channelLabel() != null) {
            double w = Math.min(content.channelLabelWidth() + 2 * BADGE_PAD, right - left);
            channelBadge = new Rect(rtl ? right - w : left, top, w, badgeH);
            channelLabel = badgeText(content.channelLabel(), content.channelLabelWidth(), channelBadge, text);
        }
        Rect scoreBadge = null;
        TextLine scoreLabel = null;
        Rgba scoreColor = null;
        if (content.scoreLabel() != null) {
            double w = Math.max(badgeH * 1.4, content.scoreLabelWidth() + 2 * BADGE_PAD);
            scoreBadge = new Rect(rtl ? left : right - w, top, w, badgeH);
            TextLine label = badgeText(content.scoreLabel(), content.scoreLabelWidth(), scoreBadge, text);
            // A signed number reads left to right in every language: "+2", never "2+".
            scoreLabel = new TextLine(label.text(), label.role(), label.x(), label.baseline(), label.width(), false);
            scoreColor = style.palette().emotion(scale.fraction(card.score()));
        }
        return new CardMarks(card.type(), boxed, card.channel(), channelBadge, channelLabel, card.score(), scoreBadge,
                scoreLabel, scoreColor);
    }

    private static TextLine badgeText(String label, double width, Rect badge, TextPlacer text) {
        return text.single(label, FontRole.SMALL, badge.centerX() - width / 2,
                badge.y() + (badge.height() - text.lineHeight(FontRole.SMALL)) / 2);
    }

    static double badgeHeight(MapStyle style) {
        return Math.ceil(style.typography().lineHeight(FontRole.SMALL) + 4);
    }

    static double innerWidth(double cardWidth, boolean boxed, Metrics m) {
        return boxed ? cardWidth - 2 * m.cardPadding() - m.accentWidth() : cardWidth - 4;
    }

    /** "+2", "0", "−1": a signed score with a true minus sign. */
    static String scoreText(int score) {
        return score > 0 ? "+" + score : score < 0 ? "\u2212" + (-score) : "0";
    }
}
