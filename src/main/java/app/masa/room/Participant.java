package app.masa.room;

import java.time.Instant;

/** Someone who joined from a phone; {@code name} may be empty (anonymous). */
public record Participant(String id, String name, Instant joined) {
}
