package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import java.util.Optional;

/**
 * The commands of a workshop's dot vote. Adding a dot respects the vote: it must be open, the card
 * must be of a type that takes part, and the room must have a dot left; otherwise the command
 * {@linkplain Command#check refuses} and changes nothing. Removing a dot from a card that has none
 * changes nothing.
 */
final class VoteEdits {
    private static final long VOTE_BYTES = 96;
    private static final long DOT_BYTES = 48;

    private VoteEdits() {
    }

    static Command set(String mapId, DotVote after) {
        return command(mapId, (map, current) -> new SetMapValue.Change<>(after, Label.plain(labelKey(current, after), 1)));
    }

    static Command addDot(String mapId, String cardId) {
        return command(mapId, (map, current) -> {
            Optional<Refusal> closed = refuseUnlessOpen(current);
            if (closed.isPresent()) {
                return closed;
            }
            if (!current.isEligible(requireCard(map, cardId).type())) {
                return Optional.of(Refusal.of("edit.vote.notEligible"));
            }
            // Dots on deleted cards are not the room's to give again until the card comes back.
            if (map.standingVote().dotsLeft() == 0) {
                return Optional.of(Refusal.of("edit.vote.noDotsLeft", current.budget()));
            }
            return Optional.empty();
        }, (map, current) -> new SetMapValue.Change<>(current.withDotsChanged(cardId, 1),
                Label.titled("edit.vote.addDot", requireCard(map, cardId).title())));
    }

    static Command removeDot(String mapId, String cardId) {
        return command(mapId, (map, current) -> refuseUnlessOpen(current),
                (map, current) -> new SetMapValue.Change<>(current.withDotsChanged(cardId, -1),
                        Label.titled("edit.vote.removeDot", requireCard(map, cardId).title())));
    }

    /** Names the change by what it does, as a facilitator would say it. */
    static String labelKey(DotVote before, DotVote after) {
        if (before == null) {
            return after == null ? "edit.vote.edit" : "edit.vote.start";
        }
        if (after == null) {
            return "edit.vote.clear";
        }
        if (before.open() != after.open()) {
            return after.open() ? "edit.vote.reopen" : "edit.vote.close";
        }
        boolean sameSettings = before.withDots(after.dots()).equals(after);
        if (sameSettings && after.dotsGiven() > before.dotsGiven()) {
            return "edit.vote.addDot.untitled";
        }
        if (sameSettings && after.dotsGiven() < before.dotsGiven()) {
            return "edit.vote.removeDot.untitled";
        }
        if (sameSettings && after.dots().isEmpty()) {
            return "edit.vote.clear";
        }
        return "edit.vote.edit";
    }

    private static Command command(String mapId, SetMapValue.Planner<DotVote> planner) {
        return new SetMapValue<>(mapId, JourneyMap::vote, JourneyMap::withVote, VoteEdits::bytes, planner);
    }

    private static Command command(String mapId, SetMapValue.Checker<DotVote> checker,
                                   SetMapValue.Planner<DotVote> planner) {
        return new SetMapValue<>(mapId, JourneyMap::vote, JourneyMap::withVote, VoteEdits::bytes, checker, planner);
    }

    private static long bytes(DotVote vote) {
        return vote == null ? 0 : VOTE_BYTES + DOT_BYTES * vote.dots().size();
    }

    private static Card requireCard(JourneyMap map, String cardId) {
        int at = Part.CARDS.require(map, cardId);
        return map.cards().get(at);
    }

    private static Optional<Refusal> refuseUnlessOpen(DotVote vote) {
        if (vote == null) {
            return Optional.of(Refusal.of("edit.vote.none"));
        }
        if (!vote.open()) {
            return Optional.of(Refusal.of("edit.vote.closed"));
        }
        return Optional.empty();
    }
}
