package app.masa.io;

import app.masa.model.CardType;
import app.masa.model.DotVote;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Binds the map's "vote": its settings, and dots that are whole numbers, never negative, on cards
 * the map has. More dots than the budget is allowed: the budget may have been lowered after voting.
 */
final class VoteBinder {
    private VoteBinder() {
    }

    /** The vote under the member {@code name} of {@code owner} (the map's "vote", or a conflict's other version). */
    static DotVote vote(Fields owner, String name, Predicate<String> isCard) {
        Fields v = owner.child(name);
        if (v == null) {
            return null;
        }
        boolean complete = v.require("dots-per-participant") & v.require("participants");
        Integer perParticipant = v.integer("dots-per-participant", 1, DotVote.MAX_DOTS_PER_PARTICIPANT);
        Integer participants = v.integer("participants", 1, DotVote.MAX_PARTICIPANTS);
        List<CardType> eligible = v.choices("eligible", CardType.class);
        Boolean open = v.bool("open");
        Map<String, Integer> dots = new LinkedHashMap<>();
        Fields d = v.child("dots");
        if (d != null) {
            Members members = d.node().fields();
            for (int i = 0; i < members.size(); i++) {
                String cardId = members.name(i);
                Integer count = d.integer(cardId, 0, Integer.MAX_VALUE);
                if (!isCard.test(cardId)) {
                    d.problemAt(cardId, "validate.voteCard", cardId);
                } else if (count != null) {
                    dots.put(cardId, count);
                }
            }
        }
        if (!complete || perParticipant == null || participants == null) {
            return null;
        }
        return new DotVote(perParticipant, participants, new HashSet<>(eligible), Boolean.TRUE.equals(open), dots,
                v.extras(KnownFields.VOTE));
    }
}
