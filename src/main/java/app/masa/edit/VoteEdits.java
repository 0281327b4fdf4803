package app.masa.edit;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;

/**
 * The commands of a workshop's dot vote. Adding a dot respects the vote: it must be open, the card
 * must be of a type that takes part, and the room must have a dot left; otherwise applying the
 * command throws {@link IllegalStateException} with a message for the user and changes nothing.
 * Removing a dot from a card that has none changes nothing.
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
            Card card = requireCard(map, cardId);
            DotVote vote = requireOpen(current);
            if (!vote.isEligible(card.type())) {
                throw new IllegalStateException(Messages.get("edit.vote.notEligible"));
            }
            // Dots on deleted cards are not the room's to give again until the card comes back.
            if (map.standingVote().dotsLeft() == 0) {
                throw new IllegalStateException(Messages.get("edit.vote.noDotsLeft", vote.budget()));
            }
            return new SetMapValue.Change<>(vote.withDotsChanged(cardId, 1),
                    Label.titled("edit.vote.addDot", card.title()));
        });
    }

    static Command removeDot(String mapId, String cardId) {
        return command(mapId, (map, current) -> {
            Card card = requireCard(map, cardId);
            DotVote vote = requireOpen(current);
            return new SetMapValue.Change<>(vote.withDotsChanged(cardId, -1),
                    Label.titled("edit.vote.removeDot", card.title()));
        });
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

    private static long bytes(DotVote vote) {
        return vote == null ? 0 : VOTE_BYTES + DOT_BYTES * vote.dots().size();
    }

    private static Card requireCard(JourneyMap map, String cardId) {
        int at = Part.CARDS.require(map, cardId);
        return map.cards().get(at);
    }

    private static DotVote requireOpen(DotVote vote) {
        if (vote == null) {
            throw new IllegalStateException(Messages.get("edit.vote.none"));
        }
        if (!vote.open()) {
            throw new IllegalStateException(Messages.get("edit.vote.closed"));
        }
        return vote;
    }
}
