package app.masa.edit;

import java.util.Objects;

/**
 * Thrown by {@link Command#apply} when the command was applied although {@link Command#check}
 * refuses it: a caller that should have asked first. It carries the refusal, not translated text.
 */
public final class CommandRefusedException extends IllegalStateException {
    private final transient Refusal refusal;

    public CommandRefusedException(Refusal refusal) {
        super("refused: " + Objects.requireNonNull(refusal, "refusal").key());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
