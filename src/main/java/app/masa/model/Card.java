package app.masa.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A sticky note in one cell (stage × lane) of the map.
 *
 * @param order position inside its cell, 0 first
 * @param score emotion score on the map's scale (what the customer experienced), or null when not rated
 * @param color "#RRGGBB", or null for the colour of its type
 * @param touchpoint the guided form's answers and the expected score; {@link TouchpointDetails#EMPTY} when none
 * @param metrics the figures measured here; {@link Metrics#EMPTY} when none
 * @param picture the card's picture, or null when it has none
 */
public record Card(String id, String stageId, String laneId, int order, String title, String body,
                   CardType type, Channel channel, Integer score, List<String> tags, String color,
                   TouchpointDetails touchpoint, Metrics metrics, Evidence evidence, OpportunityDetails opportunity,
                   Picture picture, Extras extras) {
    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(laneId, "laneId");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        type = type == null ? CardType.NOTE : type;
        tags = tags == null ? List.of() : List.copyOf(tags);
        touchpoint = touchpoint == null ? TouchpointDetails.EMPTY : touchpoint;
        metrics = metrics == null ? Metrics.EMPTY : metrics;
        evidence = evidence == null ? Evidence.NONE : evidence;
        opportunity = opportunity == null ? OpportunityDetails.EMPTY : opportunity;
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A card without touchpoint details or metrics. */
    public Card(String id, String stageId, String laneId, int order, String title, String body, CardType type,
                Channel channel, Integer score, List<String> tags, String color, Extras extras) {
        this(id, stageId, laneId, order, title, body, type, channel, score, tags, color, TouchpointDetails.EMPTY,
                Metrics.EMPTY, extras);
    }

    /** A card nobody has marked as an assumption or as backed by evidence. */
    public Card(String id, String stageId, String laneId, int order, String title, String body, CardType type,
                Channel channel, Integer score, List<String> tags, String color, TouchpointDetails touchpoint,
                Metrics metrics, Extras extras) {
        this(id, stageId, laneId, order, title, body, type, channel, score, tags, color, touchpoint, metrics,
                Evidence.NONE, extras);
    }

    /** A card without an opportunity's impact, effort, owner or status. */
    public Card(String id, String stageId, String laneId, int order, String title, String body, CardType type,
                Channel channel, Integer score, List<String> tags, String color, TouchpointDetails touchpoint,
                Metrics metrics, Evidence evidence, Extras extras) {
        this(id, stageId, laneId, order, title, body, type, channel, score, tags, color, touchpoint, metrics,
                evidence, OpportunityDetails.EMPTY, extras);
    }

    /** A card without a picture. */
    public Card(String id, String stageId, String laneId, int order, String title, String body, CardType type,
                Channel channel, Integer score, List<String> tags, String color, TouchpointDetails touchpoint,
                Metrics metrics, Evidence evidence, OpportunityDetails opportunity, Extras extras) {
        this(id, stageId, laneId, order, title, body, type, channel, score, tags, color, touchpoint, metrics,
                evidence, opportunity, null, extras);
    }

    public static Card of(String id, String stageId, String laneId, int order, CardType type, String title) {
        return new Card(id, stageId, laneId, order, title, "", type, null, null, List.of(), null, Extras.NONE);
    }

    public boolean isIn(String stage, String lane) {
        return stageId.equals(stage) && laneId.equals(lane);
    }

    /** The expected score, or null when not rated. */
    public Integer expectedScore() {
        return touchpoint.expectedScore();
    }

    /**
     * Experience minus expectation, when both are rated: below zero the moment disappoints, above
     * zero it delights.
     */
    public OptionalInt gap() {
        Integer expected = touchpoint.expectedScore();
        return score == null || expected == null ? OptionalInt.empty() : OptionalInt.of(score - expected);
    }

    /** Whether experience and expectation lie at least {@code threshold} levels apart, either way. */
    public boolean hasGapOfAtLeast(int threshold) {
        OptionalInt gap = gap();
        return gap.isPresent() && Math.abs(gap.getAsInt()) >= threshold;
    }

    /** How many of the guided form's questions are still unanswered; 0 for cards that are not touchpoints. */
    public int openQuestions() {
        return type == CardType.TOUCHPOINT ? touchpoint.openQuestions(channel) : 0;
    }

    /** This card with its score and expected score pulled onto the scale; the same card when both fit. */
    public Card clampedTo(EmotionScale scale) {
        Integer expected = touchpoint.expectedScore();
        boolean scoreFits = score == null || scale.contains(score);
        boolean expectedFits = expected == null || scale.contains(expected);
        if (scoreFits && expectedFits) {
            return this;
        }
        return withScore(scoreFits ? score : Integer.valueOf(scale.clamp(score)))
                .withTouchpoint(expectedFits ? touchpoint : touchpoint.withExpectedScore(scale.clamp(expected)));
    }

    public Card withPlace(String s, String l, int o) { return new Card(id, s, l, o, title, body, type, channel, score, tags, color, touchpoint, metrics, evidence, opportunity, picture, extras); }
    public Card withOrder(int o) { return new Card(id, stageId, laneId, o, title, body, type, channel, score, tags, color, touchpoint, metrics, evidence, opportunity, picture, extras); }
    public Card withTitle(String v) { return new Card(id, stageId, laneId, order, v, body, type, channel, score, tags, color, touchpoint, metrics, evidence, opportunity, picture, extras); }
    public Card withBody(String v) { return new Card(id, stageId, laneId, order, title, v, type, channel, score, tags, color, touchpoint, metrics, evidence, opportunity, picture, extras); }
    public Card withType(CardType v) { return new Card(id, stageId, laneId, order, title, body, v, channel, score, tags, color, touchpoint, metrics, evidence, opportunity, picture, extras); }
    public Card withChannel(Channel v) { return new Card(id, stageId, laneId, order, title, body, type, v, score, tags, color, touchpoint, metrics, evidence, opportunity, picture, extras); }
    public Card withScore(Integer v) { return new Card(id, stageId, laneId, order, title, body, type, channel, v, tags, color, touchpoint, metrics, evidence, opportunity, picture, extras); }
    public Card withTags(List<String> v) { return new Card(id, stageId, laneId, order, title, body, type, channel, score, v, color, touchpoint, metrics, evidence, opportunity, picture, extras); }
    public Card withColor(String v) { return new Card(id, stageId, laneId, order, title, body, type, channel, score, tags, v, touchpoint, metrics, evidence, opportunity, picture, extras); }
    public Card withId(String v) { return new Card(v, stageId, laneId, order, title, body, type, channel, score, tags, color, touchpoint, metrics, evidence, opportunity, picture, extras); }
    public Card withTouchpoint(TouchpointDetails v) { return new Card(id, stageId, laneId, order, title, body, type, channel, score, tags, color, v, metrics, evidence, opportunity, picture, extras); }
    public Card withEvidence(Evidence v) { return new Card(id, stageId, laneId, order, title, body, type, channel, score, tags, color, touchpoint, metrics, v, opportunity, picture, extras); }
    public Card withOpportunity(OpportunityDetails v) { return new Card(id, stageId, laneId, order, title, body, type, channel, score, tags, color, touchpoint, metrics, evidence, v, picture, extras); }
    public Card withMetrics(Metrics v) { return new Card(id, stageId, laneId, order, title, body, type, channel, score, tags, color, touchpoint, v, evidence, opportunity, picture, extras); }
    public Card withPicture(Picture v) { return new Card(id, stageId, laneId, order, title, body, type, channel, score, tags, color, touchpoint, metrics, evidence, opportunity, v, extras); }
    public Card withExpectedScore(Integer v) { return withTouchpoint(touchpoint.withExpectedScore(v)); }
}
