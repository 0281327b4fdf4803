package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.Edits;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.EmotionScale;
import app.masa.model.Extras;
import app.masa.model.Facing;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.MetricSource;
import app.masa.model.Metrics;
import app.masa.model.Presence;
import app.masa.model.Stage;
import app.masa.model.TouchpointDetails;
import app.masa.model.TouchpointQuestion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Cards copied from one map and pasted into another come out equal to what was copied, every field
 * (answers, figures, fields of a newer version) included; only their ids and places are new.
 */
class CardsFileProperties {
    private static final List<Stage> STAGES = List.of(Stage.of("s-aware", "Awareness"), Stage.of("s-buy", "קנייה"));
    private static final List<Lane> LANES = List.of(Lane.of("l-touch", "Touchpoints", LaneKind.CARDS),
            Lane.of("l-think", "Thoughts", LaneKind.CARDS));

    record Copied(EmotionScale scale, List<Card> cards) {
    }

    @Property(tries = 200)
    void copyThenPasteGivesEqualCardsApartFromIdAndPlace(@ForAll("copied") Copied copied,
            @ForAll @IntRange(min = 0, max = 2) int slot) throws Exception {
        JourneyMap source = map("m-source", copied.scale(), copied.cards());
        JourneyMap target = map("m-target", copied.scale(), List.of(
                Card.of("c1", "s-buy", "l-think", 0, CardType.NOTE, "Already here"),
                Card.of("c2", "s-buy", "l-think", 1, CardType.NOTE, "Also here")));

        String clipboard = CardsFile.write(source, copied.cards());
        List<Card> read = CardsFile.read(clipboard, "clipboard");
        JourneyFile pasted = Edits.pasteCards(target.id(), read, "s-buy", "l-think", slot)
                .apply(JourneyFile.of(target));

        List<Card> cell = pasted.map(target.id()).orElseThrow().cardsIn("s-buy", "l-think");
        List<Card> arrived = cell.subList(slot, slot + copied.cards().size());
        assertThat(cell).hasSize(copied.cards().size() + 2);
        for (int i = 0; i < arrived.size(); i++) {
            Card original = copied.cards().get(i);
            Card card = arrived.get(i);
            assertThat(card.stageId()).isEqualTo("s-buy");
            assertThat(card.laneId()).isEqualTo("l-think");
            assertThat(card.id()).isNotIn("c1", "c2");
            assertThat(card.withId(original.id()).withPlace(original.stageId(), original.laneId(), original.order()))
                    .isEqualTo(original);
        }
        assertThat(arrived).extracting(Card::id).doesNotHaveDuplicates();
    }

    private static JourneyMap map(String id, EmotionScale scale, List<Card> cards) {
        return new JourneyMap(id, "Map " + id, "", "en", null, scale, List.of(), STAGES, LANES, cards, List.of(),
                null, null, Extras.NONE);
    }

    @Provide
    Arbitrary<Copied> copied() {
        Arbitrary<EmotionScale> scales = Combinators.combine(Arbitraries.integers().between(-5, 1),
                Arbitraries.integers().between(EmotionScale.MIN_LEVELS, EmotionScale.MAX_LEVELS))
                .as((min, levels) -> new EmotionScale(min, Collections.nCopies(levels, "level")));
        return scales.flatMap(scale -> card(scale).list().ofMinSize(1).ofMaxSize(6)
                .map(cards -> new Copied(scale, placed(cards))));
    }

    /** The cards where a selection would have them: each in a cell of the source map, in order. */
    private static List<Card> placed(List<Card> cards) {
        List<Card> placed = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            placed.add(cards.get(i).withId("c" + (i + 1))
                    .withPlace(STAGES.get(i % 2).id(), LANES.get(i / 2 % 2).id(), i / 4));
        }
        return placed;
    }

    private static Arbitrary<Card> card(EmotionScale scale) {
        return Builders.withBuilder(() -> Card.of("c", "s-aware", "l-touch", 0, CardType.NOTE, ""))
                .use(text()).in(Card::withTitle)
                .use(text()).in(Card::withBody)
                .use(Arbitraries.of(CardType.class)).in(Card::withType)
                .use(Arbitraries.of(Channel.class).injectNull(0.3)).in(Card::withChannel)
                .use(score(scale)).in(Card::withScore)
                .use(text().list().ofMaxSize(3)).in(Card::withTags)
                .use(color()).in(Card::withColor)
                .use(touchpoint(scale)).in(Card::withTouchpoint)
                .use(metrics()).in(Card::withMetrics)
                .use(extras()).in((card, extras) -> new Card(card.id(), card.stageId(), card.laneId(), card.order(),
                        card.title(), card.body(), card.type(), card.channel(), card.score(), card.tags(),
                        card.color(), card.touchpoint(), card.metrics(), extras))
                .build();
    }

    private static Arbitrary<TouchpointDetails> touchpoint(EmotionScale scale) {
        Arbitrary<Map<TouchpointQuestion, String>> answers =
                Arbitraries.maps(Arbitraries.of(TouchpointQuestion.class), text()).ofMaxSize(5);
        return Builders.withBuilder(() -> TouchpointDetails.EMPTY)
                .use(score(scale)).in(TouchpointDetails::withExpectedScore)
                .use(Arbitraries.of(Presence.class).injectNull(0.3)).in(TouchpointDetails::withPresence)
                .use(Arbitraries.of(Facing.class).injectNull(0.3)).in(TouchpointDetails::withFacing)
                .use(text()).in(TouchpointDetails::withOwner)
                .use(answers).in(TouchpointDetails::withAnswers)
                .use(Combinators.combine(extras(), extras()).as(List::of)).in((t, unknown) ->
                        new TouchpointDetails(t.expectedScore(), t.presence(), t.facing(), t.owner(), t.answers(),
                                unknown.get(0), unknown.get(1)))
                .build();
    }

    private static Arbitrary<Metrics> metrics() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, Long.MAX_VALUE).injectNull(0.3);
        Arbitrary<Double> csat = Arbitraries.doubles().between(Metrics.CSAT_MIN, Metrics.CSAT_MAX).injectNull(0.3);
        Arbitrary<Double> cost = Arbitraries.doubles().between(0, 1e12).map(d -> d + 0.0).injectNull(0.3);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 365 * 200)
                .map(days -> LocalDate.of(1950, 1, 1).plusDays(days)).injectNull(0.3);
        return Combinators.combine(counts, counts, csat, cost, Arbitraries.of(MetricSource.class).injectNull(0.3),
                date, extras()).as(Metrics::new);
    }

    private static Arbitrary<Integer> score(EmotionScale scale) {
        return Arbitraries.integers().between(scale.min(), scale.max()).injectNull(0.3);
    }

    private static Arbitrary<String> color() {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(6).map("#"::concat).injectNull(0.5);
    }

    /** Text as people type it, in English and Hebrew, with line breaks, quotes, marks and an emoji. */
    private static Arbitrary<String> text() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').withCharRange('\u05d0', '\u05ea')
                .withChars(" \n\t.,:;!?\"'\\/{}[]#\u200f\u2066\u2069\u0007").ofMaxLength(30);
        return Combinators.combine(letters, Arbitraries.of("", "", "🙂", "₪", "€ 5")).as(String::concat);
    }

    /** Unknown fields as a file from a newer version would hold them, in the kinds the reader gives back. */
    private static Arbitrary<Extras> extras() {
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .map("x-"::concat);
        Arbitrary<Object> leaf = Arbitraries.<Object>oneOf(text(), Arbitraries.longs(), Arbitraries.of(true, false),
                Arbitraries.just(null),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1e6), BigDecimal.valueOf(1e6)).ofScale(3),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(64), BigInteger.TWO.pow(80)));
        Arbitrary<Object> value = Arbitraries.<Object>oneOf(leaf, leaf.list().ofMaxSize(3),
                Arbitraries.maps(keys, leaf).ofMaxSize(3));
        return Arbitraries.maps(keys, value).ofMaxSize(3).map(Extras::of);
    }
}
