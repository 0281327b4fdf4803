package app.masa.ui.workshop;

import app.masa.edit.Command;
import app.masa.edit.Edits;
import app.masa.edit.Refusal;
import app.masa.model.CardType;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The dot vote of the map on show, changed only through the history, so every dot, every close,
 * reopen and clear is one undo step. A dot the vote refuses (closed, wrong card type, none left)
 * changes nothing and gives back the reason to show the room.
 */
final class VoteActions {
    private final DocumentSession session;

    VoteActions(DocumentSession session) {
        this.session = session;
    }

    DocumentSession session() {
        return session;
    }

    /** The current map's vote, or null when none was started. */
    DotVote vote() {
        return session.currentMap().vote();
    }

    /** Starts a fresh vote; a vote already under way is replaced (and comes back with undo). */
    void start(int dotsPerParticipant, int participants, Set<CardType> eligible) {
        JourneyMap map = session.currentMap();
        run(Edits.setVote(map.id(), map.vote(), DotVote.start(dotsPerParticipant, participants, eligible)));
    }

    Optional<String> addDot(String cardId) {
        return run(Edits.addDot(session.currentMap().id(), cardId));
    }

    Optional<String> removeDot(String cardId) {
        return run(Edits.removeDot(session.currentMap().id(), cardId));
    }

    void close() {
        change(vote -> vote.open() ? vote.withOpen(false) : vote);
    }

    void reopen() {
        change(vote -> vote.open() ? vote : vote.withOpen(true));
    }

    /** Takes every dot off, keeping the vote's settings. */
    void clearDots() {
        change(vote -> vote.dots().isEmpty() ? vote : vote.withDots(Map.of()));
    }

    /** Ends the vote altogether: the map no longer carries one. */
    void remove() {
        JourneyMap map = session.currentMap();
        if (map.vote() != null) {
            run(Edits.setVote(map.id(), map.vote(), null));
        }
    }

    private void change(UnaryOperator<DotVote> how) {
        JourneyMap map = session.currentMap();
        DotVote before = map.vote();
        if (before == null) {
            return;
        }
        DotVote after = how.apply(before);
        if (!after.equals(before)) {
            run(Edits.setVote(map.id(), before, after));
        }
    }

    private Optional<String> run(Command command) {
        Optional<Refusal> refusal = session.execute(command);
        session.seal();
        return refusal.map(Refusal::message);
    }
}
