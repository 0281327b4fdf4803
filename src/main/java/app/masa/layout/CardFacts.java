package app.masa.layout;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Evidence;
import app.masa.model.TouchpointDetails;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The badge texts of a card, in the map's language and in reading order: a merge conflict, the research
 * behind it (an assumption, or the source of its evidence), presence, owner,
 * open questions, conversion rate, the gap flag, then the vote dots.
 */
final class CardFacts {
    private static final Map<Locale, NumberFormat> PERCENT = new ConcurrentHashMap<>();
    private static final Pattern BIDI_MARKS = Pattern.compile("[\u200e\u200f\u061c]");

    private CardFacts() {
    }

    static List<BadgeText> of(Card card, CardContext context, Locale locale, TextWrapper wrapper) {
        List<String> texts = new ArrayList<>();
        List<CardBadge.Kind> kinds = new ArrayList<>();
        if (context.conflicted()) {
            kinds.add(CardBadge.Kind.CONFLICT);
            texts.add(Messages.get(locale, "layout.badge.conflict"));
        }
        Evidence evidence = card.evidence();
        if (evidence.isAssumption()) {
            kinds.add(CardBadge.Kind.ASSUMPTION);
            texts.add(Messages.get(locale, "layout.badge.assumption"));
        } else if (evidence.isBacked()) {
            kinds.add(CardBadge.Kind.EVIDENCE);
            texts.add(evidence.source() == null ? Messages.get(locale, "layout.badge.evidenceUnnamed")
                    : Messages.get(locale, "layout.badge.evidence",
                    Messages.get(locale, "layout.source." + evidence.source().name().toLowerCase(Locale.ROOT))));
        }
        TouchpointDetails t = card.touchpoint();
        if (t.presence() != null) {
            kinds.add(CardBadge.Kind.PRESENCE);
            texts.add(Messages.get(locale, "layout.presence." + t.presence().name().toLowerCase(Locale.ROOT)));
        }
        String owner = Initials.of(t.owner(), 2);
        if (!owner.isEmpty()) {
            kinds.add(CardBadge.Kind.OWNER);
            texts.add(owner);
        }
        int open = card.openQuestions();
        if (card.type() == CardType.TOUCHPOINT && open > 0) {
            kinds.add(CardBadge.Kind.OPEN_QUESTIONS);
            texts.add(Messages.get(locale, "layout.badge.open", open));
        }
        OptionalDouble rate = card.metrics().conversionRate();
        if (rate.isPresent()) {
            kinds.add(CardBadge.Kind.CONVERSION);
            texts.add(Messages.get(locale, "layout.badge.conversion", percent(rate.getAsDouble(), locale)));
        }
        OptionalInt gap = card.gap();
        if (gap.isPresent() && card.hasGapOfAtLeast(context.gapThreshold())) {
            kinds.add(CardBadge.Kind.GAP);
            texts.add(Messages.get(locale, "layout.badge.gap", CardPlacer.scoreText(gap.getAsInt())));
        }
        List<BadgeText> badges = new ArrayList<>(texts.size() + 1);
        for (int i = 0; i < texts.size(); i++) {
            badges.add(new BadgeText(kinds.get(i), texts.get(i), wrapper.width(texts.get(i), FontRole.SMALL), 0));
        }
        if (context.votes() > 0) {
            String count = Integer.toString(context.votes());
            badges.add(new BadgeText(null, count, wrapper.width(count, FontRole.SMALL), context.votes()));
        }
        return badges;
    }

    /** "5.0%" in English, the language's own way elsewhere. */
    static String percent(double fraction, Locale locale) {
        // A copy of one format per language: making it anew for every card's badge costs more than the card.
        NumberFormat f = (NumberFormat) PERCENT.computeIfAbsent(locale, CardFacts::percentFormat).clone();
        // Bidi marks some locales add would show as boxes in fonts without them; the surfaces reorder anyway.
        return BIDI_MARKS.matcher(f.format(fraction)).replaceAll("");
    }

    private static NumberFormat percentFormat(Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f;
    }
}
