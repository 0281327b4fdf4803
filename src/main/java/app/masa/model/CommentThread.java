package app.masa.model;

import java.util.List;
import java.util.Objects;

/**
 * A conversation about one card, stage or lane of a map. Threads are kept in a list of the map's own,
 * beside what they talk about rather than inside it, so that adding a remark never rewrites the card
 * and two people commenting in two copies merge as two list entries.
 *
 * @param target the id of the card, stage or lane the thread is about
 * @param resolved whether the question was settled; a resolved thread is kept, out of the way
 * @param comments the remarks, oldest first; a thread has at least one
 */
public record CommentThread(String id, String target, boolean resolved, List<Comment> comments, Extras extras) {
    public CommentThread {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        comments = comments == null ? List.of() : List.copyOf(comments);
        extras = extras == null ? Extras.NONE : extras;
    }

    public CommentThread withResolved(boolean v) { return new CommentThread(id, target, v, comments, extras); }
    public CommentThread withComments(List<Comment> v) { return new CommentThread(id, target, resolved, v, extras); }
}
