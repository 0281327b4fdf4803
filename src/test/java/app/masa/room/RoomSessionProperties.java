package app.masa.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.edit.Edits;
import app.masa.model.Card;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The room's promises under random use: codes that cannot be guessed by a near miss, tokens that
 * belong to one person each, limits that hold exactly, a queue that loses and doubles nothing,
 * and phone dots that always add up to the map's own tally.
 */
class RoomSessionProperties {
    private static final String STAGE = "awareness";
    private static final String PAINS = "pain-points";

    @Property(tries = 200)
    void aCodeMatchesItselfHoweverTypedAndNoNearMiss(@ForAll long seed) {
        SessionCode code = SessionCode.random(seeded(seed));
        String text = code.toString();

        assertThat(text).hasSize(SessionCode.LENGTH);
        assertThat(text.chars()).allMatch(c -> SessionCode.ALPHABET.indexOf(c) >= 0);
        assertThat(code.matches(text.toLowerCase())).isTrue();
        assertThat(code.matches(" " + text.substring(0, 3) + "-" + text.substring(3) + " ")).isTrue();
        for (int at = 0; at < text.length(); at++) {
            char other = SessionCode.ALPHABET.charAt((SessionCode.ALPHABET.indexOf(text.charAt(at)) + 1)
                    % SessionCode.ALPHABET.length());
            String nearMiss = text.substring(0, at) + other + text.substring(at + 1);
            assertThat(code.matches(nearMiss)).as(nearMiss).isFalse();
        }
        assertThat(code.matches(text + text.charAt(0))).isFalse();
    }

    @Property(tries = 50)
    void everyoneGetsTheirOwnTokenAndRemovingOneLeavesTheOthers(@ForAll @IntRange(min = 1, max = 60) int people,
                                                                @ForAll @IntRange(min = 0, max = 59) int leaving) {
        RoomSession room = new RoomSession(MemoryRoomDocument.funnel("en"), RoomLimits.DEFAULTS);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            tokens.add(room.join(room.code().toString(), "person " + i));
        }

        assertThat(new HashSet<>(tokens)).hasSize(people);
        assertThat(tokens).allMatch(token -> token.length() >= 32 && token.matches("[A-Za-z0-9_-]+"));
        Set<String> ids = new HashSet<>();
        tokens.forEach(token -> ids.add(room.participant(token).orElseThrow().id()));
        assertThat(ids).hasSize(people);

        String gone = tokens.get(leaving % people);
        room.remove(room.participant(gone).orElseThrow().id());
        assertThat(room.participant(gone)).isEmpty();
        assertThat(tokens.stream().filter(t -> !t.equals(gone))).allMatch(t -> room.participant(t).isPresent());
        assertThatThrownBy(() -> room.send(gone, STAGE, PAINS, "after leaving"))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isBetween(401, 403));
    }

    @Property(tries = 60)
    void aParticipantSendsExactlyAsManyCardsAMinuteAsTheLimitAllows(
            @ForAll @IntRange(min = 1, max = 15) int perMinute, @ForAll @IntRange(max = 30) int attempts) {
        RoomLimits limits = new RoomLimits(280, 40, 4096, perMinute, 60, 200, 1000, 10, 20, 400);
        RoomSession room = new RoomSession(MemoryRoomDocument.funnel("en"), limits);
        String maya = room.join(room.code().toString(), "Maya");
        String dan = room.join(room.code().toString(), "Dan");

        int refused = 0;
        for (int i = 0; i < attempts; i++) {
            try {
                room.send(maya, STAGE, PAINS, "card " + i);
            } catch (RoomException e) {
                assertThat(e.status()).isEqualTo(429);
                refused++;
            }
        }

        assertThat(room.queue()).hasSize(Math.min(attempts, perMinute));
        assertThat(refused).isEqualTo(Math.max(0, attempts - perMinute));
        assertThat(room.send(dan, STAGE, PAINS, "someone else's first").state())
                .as("one person's limit is theirs alone").isEqualTo(IncomingCard.State.QUEUED);
    }

    @Property(tries = 80)
    void theQueueHoldsExactlyWhatWasSentAndNotYetDecidedAndTheMapGetsEachAcceptedCardOnce(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
        MemoryRoomDocument document = MemoryRoomDocument.funnel("en");
        int cardsBefore = document.map().cards().size();
        RoomLimits roomy = new RoomLimits(280, 40, 4096, 1000, 60, 200, 1000, 10, 20, 400);
        RoomSession room = new RoomSession(document, roomy);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tokens.add(room.join(room.code().toString(), "p" + i));
        }
        Map<String, String> waiting = new HashMap<>();
        Set<String> acceptedTexts = new LinkedHashSet<>();

        for (int step = 0; step < steps.size(); step++) {
            SplittableRandom random = new SplittableRandom(steps.get(step));
            String token = tokens.get(random.nextInt(tokens.size()));
            List<String> queued = new ArrayList<>(waiting.keySet());
            String someCard = queued.isEmpty() ? "i-none" : queued.get(random.nextInt(queued.size()));
            switch (random.nextInt(4)) {
                case 0 -> {
                    IncomingCard sent = room.send(token, STAGE, PAINS, "card " + step);
                    waiting.put(sent.id(), token);
                }
                case 1 -> {
                    if (token.equals(waiting.get(someCard))) {
                        room.withdraw(token, someCard);
                        waiting.remove(someCard);
                    } else {
                        assertThatThrownBy(() -> room.withdraw(token, someCard))
                                .as("only the sender's own waiting card").isInstanceOf(RoomException.class);
                    }
                }
                case 2 -> {
                    String text = room.queue().stream().filter(c -> c.id().equals(someCard))
                            .map(IncomingCard::text).findFirst().orElse(null);
                    boolean wasWaiting = waiting.remove(someCard) != null;
                    assertThat(room.accept(someCard, null).isEmpty()).isEqualTo(wasWaiting);
                    if (wasWaiting) {
                        acceptedTexts.add(text);
                    }
                    assertThat(room.accept(someCard, null)).as("a second accept adds nothing").isPresent();
                }
                default -> {
                    room.reject(someCard);
                    waiting.remove(someCard);
                }
            }
            assertThat(room.queue()).extracting(IncomingCard::id).containsExactlyInAnyOrderElementsOf(waiting.keySet());
        }

        List<Card> cards = document.map().cards();
        assertThat(cards).hasSize(cardsBefore + acceptedTexts.size());
        assertThat(cards).extracting(Card::title).containsAll(acceptedTexts);
    }

    @Property(tries = 80)
    void phoneDotsNeverExceedEachPersonsShareAndAlwaysAddUpToTheMapsTally(
            @ForAll @IntRange(min = 1, max = 5) int dotsEach,
            @ForAll @Size(max = 50) List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
        MemoryRoomDocument document = MemoryRoomDocument.funnel("en");
        JourneyMap map = document.map();
        document.apply(Edits.setVote(map.id(), null, DotVote.start(dotsEach, 10, Set.of())));
        RoomSession room = new RoomSession(document, RoomLimits.DEFAULTS);
        List<String> tokens = List.of(room.join(room.code().toString(), "a"), room.join(room.code().toString(), "b"),
                room.join(room.code().toString(), "c"));
        List<String> cards = map.cards().stream().limit(4).map(Card::id).toList();
        Map<String, Map<String, Integer>> mine = new HashMap<>();

        for (int step : steps) {
            SplittableRandom random = new SplittableRandom(step);
            String token = tokens.get(random.nextInt(tokens.size()));
            String card = cards.get(random.nextInt(cards.size()));
            int change = random.nextBoolean() ? 1 : -1;
            Map<String, Integer> theirs = mine.computeIfAbsent(token, t -> new HashMap<>());
            int given = theirs.values().stream().mapToInt(Integer::intValue).sum();
            boolean allowed = change > 0 ? given < dotsEach : theirs.getOrDefault(card, 0) > 0;

            assertThat(room.dot(token, card, change).isEmpty()).isEqualTo(allowed);
            if (allowed) {
                theirs.merge(card, change, Integer::sum);
            }
            assertThat(room.viewFor(token).vote().left())
                    .isEqualTo(dotsEach - theirs.values().stream().mapToInt(Integer::intValue).sum());
        }

        DotVote tally = document.map().vote();
        for (String card : cards) {
            int expected = mine.values().stream().mapToInt(m -> m.getOrDefault(card, 0)).sum();
            assertThat(tally.dotsOn(card)).as(card).isEqualTo(expected);
        }
    }

    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA1PRNG", e);
        }
    }
}
