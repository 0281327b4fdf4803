package app.masa.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One remark in a comment thread: who wrote it (the name from their preferences), when, and what.
 *
 * @param time when it was written; null when the file does not say
 */
public record Comment(String id, String author, Instant time, String text, Extras extras) {
    public Comment {
        Objects.requireNonNull(id, "id");
        author = author == null ? "" : author;
        text = text == null ? "" : text;
        extras = extras == null ? Extras.NONE : extras;
    }

    public Comment withText(String v) { return new Comment(id, author, time, v, extras); }
}
