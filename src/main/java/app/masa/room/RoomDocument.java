package app.masa.room;

import app.masa.edit.Command;
import app.masa.edit.Refusal;
import app.masa.model.JourneyMap;
import java.util.Optional;

/** The map a room works on, as the room may reach it: read it, and change it by commands only. */
public interface RoomDocument {
    /** The map as it is now. Any thread. */
    JourneyMap map();

    /**
     * Applies a command on the document's own thread, waiting for it; what the room adds is an
     * ordinary undoable step. Empty when it ran, else why not.
     */
    Optional<Refusal> apply(Command command);
}
