package app.masa.edit;

import app.masa.i18n.Messages;
import java.util.List;
import java.util.Objects;

/**
 * Why a command cannot run on a document as it is (the vote is closed, the file's only map cannot
 * go): a message key and its arguments, translated only where a person reads it, so a refusal can
 * be shown in the window, sent to a phone in its own language, or compared in a test.
 */
public record Refusal(String key, List<Object> arguments) {

    public Refusal {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Refusal of(String key, Object... arguments) {
        return new Refusal(key, List.of(arguments));
    }

    /** The refusal in the interface language. */
    public String message() {
        return Messages.get(key, arguments.toArray());
    }
}
