package app.masa.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One journey: the stages a persona goes through, the lanes that describe each stage, and the cards
 * in the cells where they meet. Immutable; every change makes a new map.
 *
 * @param language BCP 47 tag of the map's content ("en", "he")
 * @param gapThreshold how many levels apart expectation and experience must be for a card's gap to be flagged
 * @param currency ISO 4217 code of the money figures, or null for the usual one of the language
 *                 (see {@link #effectiveCurrency()})
 * @param conversionPaths the routes customers took to a conversion, for attribution
 * @param attributionHalfLife for the time-decay attribution model: a step this many steps before the
 *                 conversion earns half the credit of the last one
 * @param vote the workshop's dot vote, or null when no vote was started
 * @param conflicts what a merge of two versions left undecided, in the order the merge found it;
 *                  empty for a map that was never merged or whose conflicts are resolved
 * @param comments the conversations about its cards, stages and lanes, in the order they were started
 * @param links where its cards and stages lead: other maps of the file or other journey files
 */
public record JourneyMap(String id, String title, String scenario, String language, Direction direction,
                         EmotionScale scale, List<Persona> personas, List<Stage> stages, List<Lane> lanes,
                         List<Card> cards, List<Connection> connections, Instant created, Instant modified,
                         int gapThreshold, String currency, List<ConversionPath> conversionPaths,
                         int attributionHalfLife, DotVote vote, Extras extras,
                         List<MergeConflict> conflicts, List<CommentThread> comments, List<JourneyLink> links) {

    public static final Comparator<Card> BY_ORDER = Comparator.comparingInt(Card::order);
    public static final int DEFAULT_GAP_THRESHOLD = 2;
    public static final int MAX_GAP_THRESHOLD = 100;
    public static final int DEFAULT_ATTRIBUTION_HALF_LIFE = 2;
    public static final int MAX_ATTRIBUTION_HALF_LIFE = 1000;

    public JourneyMap {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        scenario = scenario == null ? "" : scenario;
        language = language == null || language.isBlank() ? "en" : language;
        direction = direction == null ? Direction.forLanguage(language) : direction;
        Objects.requireNonNull(scale, "scale");
        // The lists an edit changes come adopted from the edit, and are kept without a copy.
        personas = AdoptedList.copyOf(personas);
        stages = AdoptedList.copyOf(stages);
        lanes = AdoptedList.copyOf(lanes);
        cards = AdoptedList.copyOf(cards);
        connections = AdoptedList.copyOf(connections);
        if (gapThreshold < 1 || gapThreshold > MAX_GAP_THRESHOLD) {
            throw new IllegalArgumentException("the gap threshold runs from 1 to " + MAX_GAP_THRESHOLD + ", not " + gapThreshold);
        }
        currency = currency == null || currency.isBlank() ? null : currency;
        if (currency != null && !isCurrencyCode(currency)) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
        }
        conversionPaths = conversionPaths == null ? List.of() : AdoptedList.copyOf(conversionPaths);
        if (attributionHalfLife < 1 || attributionHalfLife > MAX_ATTRIBUTION_HALF_LIFE) {
            throw new IllegalArgumentException("the attribution half-life runs from 1 to " + MAX_ATTRIBUTION_HALF_LIFE
                    + " steps, not " + attributionHalfLife);
        }
        extras = extras == null ? Extras.NONE : extras;
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        comments = comments == null ? List.of() : List.copyOf(comments);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** A map without links to other journeys. */
    public JourneyMap(String id, String title, String scenario, String language, Direction direction,
                      EmotionScale scale, List<Persona> personas, List<Stage> stages, List<Lane> lanes,
                      List<Card> cards, List<Connection> connections, Instant created, Instant modified,
                      int gapThreshold, String currency, List<ConversionPath> conversionPaths,
                      int attributionHalfLife, DotVote vote, Extras extras, List<MergeConflict> conflicts,
                      List<CommentThread> comments) {
        this(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created,
                modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments,
                List.of());
    }

    /** A map without comment threads. */
    public JourneyMap(String id, String title, String scenario, String language, Direction direction,
                      EmotionScale scale, List<Persona> personas, List<Stage> stages, List<Lane> lanes,
                      List<Card> cards, List<Connection> connections, Instant created, Instant modified,
                      int gapThreshold, String currency, List<ConversionPath> conversionPaths,
                      int attributionHalfLife, DotVote vote, Extras extras, List<MergeConflict> conflicts) {
        this(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created,
                modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, List.of());
    }

    /** A map without merge conflicts. */
    public JourneyMap(String id, String title, String scenario, String language, Direction direction,
                      EmotionScale scale, List<Persona> personas, List<Stage> stages, List<Lane> lanes,
                      List<Card> cards, List<Connection> connections, Instant created, Instant modified,
                      int gapThreshold, String currency, List<ConversionPath> conversionPaths,
                      int attributionHalfLife, DotVote vote, Extras extras) {
        this(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created,
                modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, List.of());
    }

    /** A map without gap, currency, attribution or vote settings of its own (all at their defaults). */
    public JourneyMap(String id, String title, String scenario, String language, Direction direction,
                      EmotionScale scale, List<Persona> personas, List<Stage> stages, List<Lane> lanes,
                      List<Card> cards, List<Connection> connections, Instant created, Instant modified,
                      Extras extras) {
        this(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created,
                modified, DEFAULT_GAP_THRESHOLD, null, List.of(), DEFAULT_ATTRIBUTION_HALF_LIFE, null, extras);
    }

    /** Whether the text is an upper-case ISO 4217 code that Java knows ("USD", "ILS", "EUR"). */
    public static boolean isCurrencyCode(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The map's currency, or the usual one of its language: shekels for Hebrew, dollars otherwise. */
    public String effectiveCurrency() {
        if (currency != null) {
            return currency;
        }
        String lang = Locale.forLanguageTag(language).getLanguage();
        return lang.equals("he") || lang.equals("iw") ? "ILS" : "USD";
    }

    /** The cards whose expectation and experience lie at least {@link #gapThreshold} levels apart, in journey order. */
    public List<Card> flaggedGaps() {
        return touchpointsInJourneyOrder().stream().filter(c -> c.hasGapOfAtLeast(gapThreshold)).toList();
    }

    public Optional<ConversionPath> conversionPath(String pathId) {
        return conversionPaths.stream().filter(p -> p.id().equals(pathId)).findFirst();
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    public Optional<Lane> lane(String laneId) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).findFirst();
    }

    /**
     * The dot vote as it stands on the cards the map has: dots on a deleted card neither count
     * nor take from the room's budget (undoing the deletion brings the card and its dots back).
     * Null when no vote was started.
     */
    public DotVote standingVote() {
        if (vote == null || vote.dots().isEmpty()) {
            return vote;
        }
        return vote.onCardsThat(cardIds()::contains);
    }

    /**
     * The conversion paths as they stand on the cards the map has: steps on deleted cards (and on
     * channels Masa does not know) are left out, and paths left with no step. Attribution and the
     * file see these; the paths themselves keep every step, so undoing a deletion restores it.
     */
    public List<ConversionPath> standingConversionPaths() {
        if (conversionPaths.isEmpty()) {
            return conversionPaths;
        }
        Set<String> ids = cardIds();
        List<ConversionPath> standing = new ArrayList<>(conversionPaths.size());
        for (ConversionPath path : conversionPaths) {
            List<String> steps = path.steps().stream().filter(step -> ConversionPath.isChannelStep(step)
                    ? ConversionPath.channelOf(step).isPresent() : ids.contains(step)).toList();
            if (!steps.isEmpty()) {
                standing.add(steps.size() == path.steps().size() ? path : path.withSteps(steps));
            }
        }
        return List.copyOf(standing);
    }

    /**
     * The merge conflicts as they stand on what the map has: a conflict about a thing since deleted
     * is left out, and so is one whose other version stands in a stage or lane, or ends at a card,
     * the map no longer has; the other version's path steps and dots keep to the cards the map has,
     * and its scores to the map's scale.
     * The file sees these, so it always opens again; undoing a deletion brings the conflict back.
     */
    public List<MergeConflict> standingConflicts() {
        if (conflicts.isEmpty()) {
            return conflicts;
        }
        Set<String> cards = cardIds();
        List<MergeConflict> standing = new ArrayList<>(conflicts.size());
        for (MergeConflict conflict : conflicts) {
            if (!holds(conflict.kind(), conflict.id(), cards)) {
                continue;
            }
            Record other = conflict.alternative();
            if (other instanceof Card c && (stage(c.stageId()).isEmpty() || lane(c.laneId()).isEmpty())) {
                continue;
            }
            if (other instanceof Card c) {
                // the scale may have changed since the merge; the other version keeps to it, as the cards do
                other = c.clampedTo(scale);
            }
            if (other instanceof Connection k && !(cards.contains(k.fromCardId()) && cards.contains(k.toCardId()))) {
                continue;
            }
            if (other instanceof ConversionPath path) {
                List<ConversionPath> steps = withConversionPaths(List.of(path)).standingConversionPaths();
                if (steps.isEmpty()) {
                    continue;
                }
                other = steps.get(0);
            }
            if (other instanceof DotVote v) {
                other = v.onCardsThat(cards::contains);
            }
            standing.add(other == conflict.alternative() ? conflict
                    : new MergeConflict(conflict.kind(), conflict.id(), conflict.fields(), other));
        }
        return List.copyOf(standing);
    }

    private boolean holds(ConflictKind kind, String thingId, Set<String> cards) {
        switch (kind) {
            case MAP: return thingId.equals(id);
            case PERSONA: return personas.stream().anyMatch(p -> p.id().equals(thingId));
            case STAGE: return stage(thingId).isPresent();
            case LANE: return lane(thingId).isPresent();
            case CARD: return cards.contains(thingId);
            case CONNECTION: return connection(thingId).isPresent();
            case CONVERSION_PATH: return conversionPath(thingId).isPresent();
            default: return vote != null;
        }
    }

    private Set<String> cardIds() {
        Set<String> ids = new HashSet<>(cards.size() * 2);
        cards.forEach(c -> ids.add(c.id()));
        return ids;
    }

    public Optional<Card> card(String cardId) {
        return cards.stream().filter(c -> c.id().equals(cardId)).findFirst();
    }

    /** The conflict a merge left on one thing, if any. */
    public Optional<MergeConflict> conflict(ConflictKind kind, String thingId) {
        return conflicts.stream().filter(c -> c.isAbout(kind, thingId)).findFirst();
    }

    public Optional<Connection> connection(String connectionId) {
        return connections.stream().filter(c -> c.id().equals(connectionId)).findFirst();
    }

    public int stageIndex(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }

    public int laneIndex(String laneId) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).id().equals(laneId)) {
                return i;
            }
        }
        return -1;
    }

    /** The cards of one cell, first to last. */
    public List<Card> cardsIn(String stageId, String laneId) {
        List<Card> result = new ArrayList<>();
        for (Card c : cards) {
            if (c.isIn(stageId, laneId)) {
                result.add(c);
            }
        }
        result.sort(BY_ORDER);
        return result;
    }

    /** Every cell's cards, keyed by stage id then lane id, each list first to last. */
    public Map<String, Map<String, List<Card>>> cardsByCell() {
        Map<String, Map<String, List<Card>>> cells = new HashMap<>();
        for (Card c : cards) {
            cells.computeIfAbsent(c.stageId(), k -> new HashMap<>())
                    .computeIfAbsent(c.laneId(), k -> new ArrayList<>())
                    .add(c);
        }
        cells.values().forEach(byLane -> byLane.values().forEach(list -> list.sort(BY_ORDER)));
        return cells;
    }

    /**
     * The touchpoints in journey order (stage by stage, lane by lane, then order inside the cell):
     * the points the emotion curve is drawn through.
     */
    public List<Card> touchpointsInJourneyOrder() {
        Map<String, Integer> stageIndex = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            stageIndex.put(stages.get(i).id(), i);
        }
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            laneIndex.put(lanes.get(i).id(), i);
        }
        return cards.stream()
                .filter(c -> c.type() == CardType.TOUCHPOINT)
                .filter(c -> stageIndex.containsKey(c.stageId()) && laneIndex.containsKey(c.laneId()))
                .sorted(Comparator.<Card>comparingInt(c -> stageIndex.get(c.stageId()))
                        .thenComparingInt(c -> laneIndex.get(c.laneId()))
                        .thenComparingInt(Card::order))
                .toList();
    }

    /**
     * The links whose card or stage the map still has. A deleted card keeps its link in the list, so
     * that undoing the deletion brings both back; files and exports only ever see these.
     */
    public List<JourneyLink> standingLinks() {
        if (links.isEmpty()) {
            return links;
        }
        java.util.Set<String> sources = new java.util.HashSet<>();
        cards.forEach(c -> sources.add(c.id()));
        stages.forEach(s -> sources.add(s.id()));
        return links.stream().filter(l -> sources.contains(l.source())).toList();
    }

    /** Where a card or stage leads, if it has a standing link. */
    public java.util.Optional<JourneyLink> linkFrom(String source) {
        return standingLinks().stream().filter(l -> l.source().equals(source)).findFirst();
    }

    public JourneyMap withTitle(String v) { return new JourneyMap(id, v, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withScenario(String v) { return new JourneyMap(id, title, v, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withLanguage(String v) { return new JourneyMap(id, title, scenario, v, direction, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withDirection(Direction v) { return new JourneyMap(id, title, scenario, language, v, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withScale(EmotionScale v) { return new JourneyMap(id, title, scenario, language, direction, v, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withPersonas(List<Persona> v) { return new JourneyMap(id, title, scenario, language, direction, scale, v, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withStages(List<Stage> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, v, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withLanes(List<Lane> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, v, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withCards(List<Card> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, v, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withConnections(List<Connection> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, v, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withCreated(Instant v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, v, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withModified(Instant v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, v, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withId(String v) { return new JourneyMap(v, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withGapThreshold(int v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, v, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withCurrency(String v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, v, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withConversionPaths(List<ConversionPath> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, v, attributionHalfLife, vote, extras, conflicts, comments, links); }
    public JourneyMap withAttributionHalfLife(int v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, v, vote, extras, conflicts, comments, links); }
    public JourneyMap withConflicts(List<MergeConflict> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, v, comments, links); }
    public JourneyMap withComments(List<CommentThread> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, v, links); }
    public JourneyMap withLinks(List<JourneyLink> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, vote, extras, conflicts, comments, v); }
    public JourneyMap withVote(DotVote v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, gapThreshold, currency, conversionPaths, attributionHalfLife, v, extras, conflicts, comments, links); }
}
