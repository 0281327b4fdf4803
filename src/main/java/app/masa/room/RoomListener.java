package app.masa.room;

/**
 * What the facilitator's side hears from a room. Called on the server's threads, never while the
 * room holds its lock; a window hands each call to its own thread.
 */
public interface RoomListener {
    /** A card arrived, was withdrawn, accepted or rejected. */
    default void queueChanged() {
    }

    /** Someone joined or was removed. */
    default void participantsChanged() {
    }

    /** A phone put a dot on a card or took one back; the map's vote already holds it. */
    default void dotsChanged() {
    }

    /** A wrong session code from {@code address}, refused. */
    default void wrongCode(String address) {
    }

    /** The session ended. */
    default void ended() {
    }
}
