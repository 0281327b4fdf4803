package app.masa.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A workshop's dot vote on the cards of a map: each participant has a number of dots to put on the
 * cards that matter most.
 *
 * @param eligible the card types that may receive dots; empty for all types
 * @param open     whether dots may still be added and removed
 * @param dots     card id to its dots, sorted by card id; cards without dots are left out
 */
public record DotVote(int dotsPerParticipant, int participants, Set<CardType> eligible, boolean open,
                      Map<String, Integer> dots, Extras extras) {
    public static final int MAX_DOTS_PER_PARTICIPANT = 100;
    public static final int MAX_PARTICIPANTS = 1000;

    private static final Comparator<Map.Entry<String, Integer>> MOST_DOTS_FIRST =
            Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    public DotVote {
        if (dotsPerParticipant < 1 || dotsPerParticipant > MAX_DOTS_PER_PARTICIPANT
                || participants < 1 || participants > MAX_PARTICIPANTS) {
            throw new IllegalArgumentException("a vote has 1 to " + MAX_DOTS_PER_PARTICIPANT
                    + " dots for each of 1 to " + MAX_PARTICIPANTS + " participants");
        }
        eligible = eligible == null || eligible.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(eligible));
        dots = withoutEmpty(dots);
        extras = extras == null ? Extras.NONE : extras;
    }

    private static Map<String, Integer> withoutEmpty(Map<String, Integer> dots) {
        if (dots == null || dots.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, Integer> sorted = new TreeMap<>();
        dots.forEach((card, count) -> {
            Objects.requireNonNull(card, "card id");
            if (count != null && count < 0) {
                throw new IllegalArgumentException("a card cannot have fewer than no dots: " + card);
            }
            if (count != null && count > 0) {
                sorted.put(card, count);
            }
        });
        return sorted.isEmpty() ? Map.of() : Collections.unmodifiableMap(sorted);
    }

    /** A new, open vote with no dots yet. */
    public static DotVote start(int dotsPerParticipant, int participants, Set<CardType> eligible) {
        return new DotVote(dotsPerParticipant, participants, eligible, true, Map.of(), Extras.NONE);
    }

    /** Every dot the room may give. */
    public int budget() {
        return dotsPerParticipant * participants;
    }

    public int dotsGiven() {
        int sum = 0;
        for (int count : dots.values()) {
            sum += count;
        }
        return sum;
    }

    public int dotsLeft() {
        return Math.max(0, budget() - dotsGiven());
    }

    public int dotsOn(String cardId) {
        return dots.getOrDefault(cardId, 0);
    }

    public boolean isEligible(CardType type) {
        return eligible.isEmpty() || eligible.contains(type);
    }

    /** The cards with dots, most dots first; ties share a rank and are listed by card id. */
    public List<VoteCount> tally() {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(dots.entrySet());
        entries.sort(MOST_DOTS_FIRST);
        List<VoteCount> tally = new ArrayList<>(entries.size());
        int rank = 0;
        int previous = -1;
        for (int i = 0; i < entries.size(); i++) {
            int count = entries.get(i).getValue();
            if (count != previous) {
                rank = i + 1;
                previous = count;
            }
            tally.add(new VoteCount(entries.get(i).getKey(), count, rank));
        }
        return List.copyOf(tally);
    }

    /** The vote without the dots on cards that {@code exists} does not know; this vote if there are none. */
    public DotVote onCardsThat(Predicate<String> exists) {
        TreeMap<String, Integer> kept = new TreeMap<>();
        for (Map.Entry<String, Integer> entry : dots.entrySet()) {
            if (exists.test(entry.getKey())) {
                kept.put(entry.getKey(), entry.getValue());
            }
        }
        return kept.size() == dots.size() ? this : withDots(kept);
    }

    /** The vote with the dots on one card changed by {@code delta} (never below none). */
    public DotVote withDotsChanged(String cardId, int delta) {
        TreeMap<String, Integer> copy = new TreeMap<>(dots);
        copy.put(cardId, Math.max(0, dotsOn(cardId) + delta));
        return withDots(copy);
    }

    public DotVote withDotsPerParticipant(int v) { return new DotVote(v, participants, eligible, open, dots, extras); }
    public DotVote withParticipants(int v) { return new DotVote(dotsPerParticipant, v, eligible, open, dots, extras); }
    public DotVote withEligible(Set<CardType> v) { return new DotVote(dotsPerParticipant, participants, v, open, dots, extras); }
    public DotVote withOpen(boolean v) { return new DotVote(dotsPerParticipant, participants, eligible, v, dots, extras); }
    public DotVote withDots(Map<String, Integer> v) { return new DotVote(dotsPerParticipant, participants, eligible, open, v, extras); }
}
