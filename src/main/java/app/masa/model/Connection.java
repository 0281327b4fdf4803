package app.masa.model;

import java.util.Objects;

/** An arrow from one card to another: a flow, a branch, or the loop from retention back to awareness. */
public record Connection(String id, String fromCardId, String toCardId, String label, Extras extras) {
    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromCardId, "fromCardId");
        Objects.requireNonNull(toCardId, "toCardId");
        label = label == null ? "" : label;
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Connection of(String id, String from, String to) {
        return new Connection(id, from, to, "", Extras.NONE);
    }

    public boolean touches(String cardId) {
        return fromCardId.equals(cardId) || toCardId.equals(cardId);
    }

    public Connection withLabel(String v) { return new Connection(id, fromCardId, toCardId, v, extras); }
}
