package app.masa.room;

import app.masa.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * A request the room turns down: the HTTP status it answers with, and a message key with its
 * arguments for the phone, translated into the map's language only when it is sent.
 */
public final class RoomException extends RuntimeException {
    private final int status;
    private final String key;
    private final transient List<Object> arguments;

    public RoomException(int status, String key, Object... arguments) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public String message(Locale language) {
        return Messages.get(language, key, arguments.toArray());
    }
}
