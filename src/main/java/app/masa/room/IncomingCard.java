package app.masa.room;

import java.time.Instant;

/** A card a participant sent, and what became of it. */
public record IncomingCard(String id, String participantId, String sender, String stageId, String laneId, String text,
                           Instant sent, State state) {

    public enum State {
        /** Waiting for the facilitator. */
        QUEUED,
        ACCEPTED,
        REJECTED,
        /** Taken back by its sender before anyone accepted it. */
        WITHDRAWN
    }

    IncomingCard withState(State next) {
        return new IncomingCard(id, participantId, sender, stageId, laneId, text, sent, next);
    }

    IncomingCard withSender(String name) {
        return new IncomingCard(id, participantId, name, stageId, laneId, text, sent, state);
    }

    IncomingCard withText(String edited) {
        return new IncomingCard(id, participantId, sender, stageId, laneId, edited, sent, state);
    }
}
