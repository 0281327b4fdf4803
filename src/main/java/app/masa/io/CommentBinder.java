package app.masa.io;

import app.masa.model.Comment;
import app.masa.model.CommentThread;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a map's "comments": threads, each about a card, stage or lane by its id, with its remarks.
 * A thread about something since deleted (in another copy, before a merge) is kept: its words are
 * still somebody's, and the Comments window says what it was about is gone.
 */
final class CommentBinder {
    private CommentBinder() {
    }

    static List<CommentThread> bind(Fields map) {
        List<CommentThread> threads = new ArrayList<>();
        IdRegister ids = new IdRegister("validate.kinds.comments");
        JourneyBinder.forEachObject(map, "comments", map.array("comments"), (f, i) -> {
            CommentThread thread = thread(f, ids);
            if (thread != null) {
                threads.add(thread);
            }
        });
        return threads;
    }

    private static CommentThread thread(Fields f, IdRegister ids) {
        boolean complete = f.require("id") & f.require("target") & f.require("entries");
        String id = f.string("id");
        String target = f.string("target");
        Boolean resolved = f.bool("resolved");
        List<Comment> comments = new ArrayList<>();
        JourneyBinder.forEachObject(f, "entries", f.array("entries"), (e, i) -> {
            Comment comment = comment(e, ids);
            if (comment != null) {
                comments.add(comment);
            }
        });
        if (id != null && !ids.register(id, f)) {
            return null;
        }
        if (!complete || id == null || target == null) {
            return null;
        }
        return new CommentThread(id, target, Boolean.TRUE.equals(resolved), comments, f.extras(KnownFields.COMMENT_THREAD));
    }

    private static Comment comment(Fields e, IdRegister ids) {
        boolean complete = e.require("id") & e.require("text");
        String id = e.string("id");
        if (id != null && !ids.register(id, e)) {
            return null;
        }
        Comment comment = new Comment(id == null ? "" : id, e.string("author"), e.instant("time"), e.string("text"),
                e.extras(KnownFields.COMMENT));
        return complete && id != null ? comment : null;
    }
}
