package app.masa.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The derived figures and helpers of the touchpoint, figures, attribution and vote additions. */
class JourneyAdditionsModelTest {
    private static final EmotionScale FIVE = EmotionScale.centred(List.of("--", "-", "0", "+", "++"));

    private static JourneyMap map(String language, List<Card> cards) {
        return new JourneyMap("m", "", "", language, null, FIVE, List.of(), List.of(Stage.of("s", "S")),
                List.of(Lane.of("l", "L", LaneKind.CARDS)), cards, List.of(), null, null, Extras.NONE);
    }

    private static Card touchpoint(String id, int order, Integer score, Integer expected) {
        return Card.of(id, "s", "l", order, CardType.TOUCHPOINT, id).withScore(score).withExpectedScore(expected);
    }

    @Test
    void npsIsTheShareOfPromotersMinusTheShareOfDetractors() {
        Nps nps = Nps.of(50, 30, 20);

        assertThat(nps.score().getAsDouble()).isCloseTo(30.0, within(1e-9));
        assertThat(nps.promoterShare().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(nps.passiveShare().getAsDouble()).isCloseTo(0.3, within(1e-9));
        assertThat(nps.detractorShare().getAsDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(Nps.of(0, 0, 7).score().getAsDouble()).isEqualTo(-100.0);
        assertThat(Nps.of(3, 0, 0).score().getAsDouble()).isEqualTo(100.0);
        assertThat(Nps.EMPTY.score()).isEmpty();
        assertThat(Nps.EMPTY.promoterShare()).isEmpty();
        assertThatThrownBy(() -> Nps.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConversionRateIsWorkedOutFromReachAndConversions() {
        assertThat(Metrics.EMPTY.withReach(1200L).withConversions(60L).conversionRate().getAsDouble())
                .isCloseTo(0.05, within(1e-12));
        assertThat(Metrics.EMPTY.withReach(0L).withConversions(0L).conversionRate()).isEmpty();
        assertThat(Metrics.EMPTY.withConversions(5L).conversionRate()).isEqualTo(OptionalDouble.empty());
        assertThatThrownBy(() -> Metrics.EMPTY.withCsat(5.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Metrics.EMPTY.withCost(-1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Metrics.EMPTY.withSource(MetricSource.SURVEY).withDate(LocalDate.of(2026, 1, 2)).isEmpty()).isFalse();
    }

    @Test
    void theGapIsExperienceMinusExpectationAndIsFlaggedFromTheThresholdEitherWay() {
        Card disappoints = touchpoint("a", 0, -1, 2);
        Card delights = touchpoint("b", 1, 2, 0);
        Card small = touchpoint("c", 2, 1, 0);
        Card unrated = touchpoint("d", 3, null, 1);

        assertThat(disappoints.gap()).isEqualTo(OptionalInt.of(-3));
        assertThat(delights.gap()).isEqualTo(OptionalInt.of(2));
        assertThat(unrated.gap()).isEmpty();
        JourneyMap map = map("en", List.of(small, delights, unrated, disappoints));
        assertThat(map.flaggedGaps()).extracting(Card::id).containsExactly("a", "b");
        assertThat(map.withGapThreshold(3).flaggedGaps()).extracting(Card::id).containsExactly("a");
    }

    @Test
    void openQuestionsCountTheUnansweredQuestionsOfATouchpointOnly() {
        Card card = Card.of("t", "s", "l", 0, CardType.TOUCHPOINT, "Post");
        assertThat(card.openQuestions()).isEqualTo(7);
        assertThat(card.withChannel(Channel.DELIVERY).openQuestions()).isEqualTo(8);

        TouchpointDetails some = TouchpointDetails.EMPTY.withAnswer(TouchpointQuestion.EXPECTATION, "Fresh")
                .withAnswer(TouchpointQuestion.NOTES, "n").withAnswer(TouchpointQuestion.VALUES, "  ");
        assertThat(card.withTouchpoint(some).openQuestions()).isEqualTo(6);
        assertThat(some.answers()).containsOnlyKeys(TouchpointQuestion.EXPECTATION, TouchpointQuestion.NOTES);
        assertThat(card.withType(CardType.PAIN_POINT).openQuestions()).isZero();
        assertThat(some.withAnswer(TouchpointQuestion.EXPECTATION, null).answers())
                .containsOnlyKeys(TouchpointQuestion.NOTES);
    }

    @Test
    void answersKeepQuestionOrderWhateverOrderTheyWereGivenIn() {
        TouchpointDetails details = TouchpointDetails.EMPTY.withAnswers(Map.of(TouchpointQuestion.NOTES, "z",
                TouchpointQuestion.EXCEED, "y", TouchpointQuestion.EXPECTATION, "x"));

        assertThat(details.answers().keySet()).containsExactly(TouchpointQuestion.EXPECTATION,
                TouchpointQuestion.EXCEED, TouchpointQuestion.NOTES);
    }

    @Test
    void theTallyRanksCardsByDotsAndTiesShareARank() {
        DotVote vote = new DotVote(3, 4, Set.of(), true, Map.of("b", 2, "a", 5, "c", 2, "d", 0, "e", 1), Extras.NONE);

        assertThat(vote.tally()).containsExactly(new VoteCount("a", 5, 1), new VoteCount("b", 2, 2),
                new VoteCount("c", 2, 2), new VoteCount("e", 1, 4));
        assertThat(vote.dots()).doesNotContainKey("d");
        assertThat(vote.dots().keySet()).containsExactly("a", "b", "c", "e");
        assertThat(vote.budget()).isEqualTo(12);
        assertThat(vote.dotsGiven()).isEqualTo(10);
        assertThat(vote.dotsLeft()).isEqualTo(2);
        assertThat(vote.isEligible(CardType.NOTE)).isTrue();
        assertThat(vote.withEligible(Set.of(CardType.PAIN_POINT)).isEligible(CardType.NOTE)).isFalse();
        assertThat(vote.withDotsChanged("e", -3).dotsOn("e")).isZero();
        assertThatThrownBy(() -> DotVote.start(0, 3, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCurrencyComesFromTheLanguageUnlessTheMapNamesOne() {
        assertThat(map("he", List.of()).effectiveCurrency()).isEqualTo("ILS");
        assertThat(map("en", List.of()).effectiveCurrency()).isEqualTo("USD");
        assertThat(map("he", List.of()).withCurrency("EUR").effectiveCurrency()).isEqualTo("EUR");
        assertThat(JourneyMap.isCurrencyCode("ILS")).isTrue();
        assertThat(JourneyMap.isCurrencyCode("ils")).isFalse();
        assertThat(JourneyMap.isCurrencyCode("XYZ")).isFalse();
        assertThatThrownBy(() -> map("en", List.of()).withCurrency("shekel")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map("en", List.of()).withGapThreshold(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOldConstructorsGiveDefaultsAndEveryWitherKeepsTheNewParts() {
        DotVote vote = DotVote.start(3, 2, Set.of());
        JourneyMap map = map("en", List.of()).withVote(vote).withCurrency("EUR").withGapThreshold(4)
                .withAttributionHalfLife(3).withConversionPaths(List.of(ConversionPath.of("p", List.of("channel:sms"), 1)));

        JourneyMap changed = map.withTitle("t").withScenario("x").withLanguage("he").withDirection(Direction.RTL)
                .withScale(FIVE).withPersonas(List.of()).withStages(map.stages()).withLanes(map.lanes())
                .withCards(List.of()).withConnections(List.of()).withCreated(null).withModified(null).withId("n");

        assertThat(changed.vote()).isEqualTo(vote);
        assertThat(changed.currency()).isEqualTo("EUR");
        assertThat(changed.gapThreshold()).isEqualTo(4);
        assertThat(changed.attributionHalfLife()).isEqualTo(3);
        assertThat(changed.conversionPaths()).hasSize(1);
        assertThat(map("en", List.of()).gapThreshold()).isEqualTo(2);
        assertThat(map("en", List.of()).attributionHalfLife()).isEqualTo(2);

        Card card = touchpoint("a", 0, 1, 2).withMetrics(Metrics.EMPTY.withReach(3L));
        Card moved = card.withPlace("s2", "l2", 4).withTitle("x").withBody("y").withType(CardType.TOUCHPOINT)
                .withChannel(Channel.SMS).withScore(0).withTags(List.of("t")).withColor("#000000").withId("b");
        assertThat(moved.touchpoint()).isEqualTo(card.touchpoint());
        assertThat(moved.metrics()).isEqualTo(card.metrics());
        assertThat(new Card("c", "s", "l", 0, "", "", null, null, null, null, null, null).touchpoint())
                .isSameAs(TouchpointDetails.EMPTY);

        Stage stage = Stage.of("s", "S").withNps(Nps.of(1, 2, 3));
        assertThat(stage.withName("n").withDescription("d").withWidth(2).withColor("#111111").nps()).isEqualTo(Nps.of(1, 2, 3));
        Persona persona = Persona.of("p", "P").withChannels(List.of(Channel.APP)).withPhoto("data:image/png;base64,AAAA");
        Persona edited = persona.withName("Q").withRole("r").withQuote("q").withGoals(List.of("g")).withNeeds(List.of())
                .withFrustrations(List.of());
        assertThat(edited.channels()).containsExactly(Channel.APP);
        assertThat(edited.photo()).isEqualTo("data:image/png;base64,AAAA");
        EmotionScale scale = new EmotionScale(-1, List.of("a", "b", "c"), Extras.of(Map.of("k", "v")));
        assertThat(scale.withMin(0).withLabels(List.of("x", "y", "z")).extras()).isEqualTo(scale.extras());
    }

    @Test
    void clampingPullsBothScoresOntoANarrowerScale() {
        EmotionScale three = EmotionScale.centred(List.of("-", "0", "+"));
        Card card = touchpoint("a", 0, -2, 2);

        Card clamped = card.clampedTo(three);

        assertThat(clamped.score()).isEqualTo(-1);
        assertThat(clamped.expectedScore()).isEqualTo(1);
        Card fits = touchpoint("b", 0, 0, 1);
        assertThat(fits.clampedTo(three)).as("a card that fits is kept as it is").isSameAs(fits);
    }

    @Test
    void conversionPathStepsNameCardsOrChannels() {
        assertThat(ConversionPath.channelStep(Channel.WORD_OF_MOUTH)).isEqualTo("channel:word-of-mouth");
        assertThat(ConversionPath.channelOf("channel:word-of-mouth")).contains(Channel.WORD_OF_MOUTH);
        assertThat(ConversionPath.channelOf("channel:tiktok")).isEmpty();
        assertThat(ConversionPath.channelOf("c-1")).isEmpty();
        assertThat(ConversionPath.isChannelStep("c-1")).isFalse();
    }

    @Test
    void aPhotoIsAPngOrJpegDataUri() {
        String png = PersonaPhoto.dataUri("image/png", new byte[] {1, 2, 3, 4});

        assertThat(png).isEqualTo("data:image/png;base64,AQIDBA==");
        assertThat(PersonaPhoto.isWellFormed(png)).isTrue();
        assertThat(PersonaPhoto.mediaType(png)).contains("image/png");
        assertThat(PersonaPhoto.bytes(png)).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3, 4));
        assertThat(PersonaPhoto.isWellFormed("data:image/gif;base64,AQIDBA==")).isFalse();
        assertThat(PersonaPhoto.isWellFormed("https://example.com/p.png")).isFalse();
        assertThat(PersonaPhoto.isWellFormed("data:image/png;base64,AQI")).isFalse();
        assertThatThrownBy(() -> PersonaPhoto.dataUri("image/gif", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
