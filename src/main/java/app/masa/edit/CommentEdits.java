package app.masa.edit;

import app.masa.model.Comment;
import app.masa.model.CommentThread;
import app.masa.model.Extras;
import app.masa.model.Ids;
import app.masa.model.JourneyMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The comment gestures as commands, one undo step each. A card, stage or lane has one thread: a
 * remark about it joins its thread (and reopens it when it was resolved). Each command works on the
 * map's threads as they are when it runs, so a reply made from a window a moment behind still lands.
 */
public final class CommentEdits {
    private CommentEdits() {
    }

    /** A remark about a card, stage or lane, starting its thread when it has none. */
    public static Command comment(String mapId, String target, String author, Instant time, String text) {
        // Chosen once, with the command, so that applying it again (redo) gives the same ids.
        String threadId = Ids.next("thread");
        String commentId = Ids.next("comment");
        return change(mapId, "edit.comment.add", (map, threads) -> {
            List<CommentThread> after = new ArrayList<>(threads);
            Set<String> taken = ids(threads);
            Comment remark = new Comment(taken.contains(commentId) ? Ids.next("comment", taken) : commentId, author,
                    time, text, Extras.NONE);
            int at = indexOf(threads, t -> t.target().equals(target));
            if (at < 0) {
                after.add(new CommentThread(taken.contains(threadId) ? Ids.next("thread", taken) : threadId, target,
                        false, List.of(remark), Extras.NONE));
            } else {
                CommentThread thread = threads.get(at);
                after.set(at, thread.withResolved(false).withComments(plus(thread.comments(), remark)));
            }
            return after;
        });
    }

    /** Marks a thread settled, or opens it again. */
    public static Command resolve(String mapId, String threadId, boolean resolved) {
        return change(mapId, resolved ? "edit.comment.resolve" : "edit.comment.reopen",
                (map, threads) -> replace(threads, threadId, t -> t.withResolved(resolved)));
    }

    /** New words for a remark. */
    public static Command editText(String mapId, String threadId, String commentId, String text) {
        return change(mapId, "edit.comment.edit", (map, threads) -> replace(threads, threadId,
                t -> t.withComments(t.comments().stream().map(c -> c.id().equals(commentId) ? c.withText(text) : c)
                        .toList())));
    }

    /** Takes a remark away; a thread left without remarks goes with it. */
    public static Command delete(String mapId, String threadId, String commentId) {
        return change(mapId, "edit.comment.delete", (map, threads) -> {
            List<CommentThread> after = replace(threads, threadId,
                    t -> t.withComments(t.comments().stream().filter(c -> !c.id().equals(commentId)).toList()));
            after.removeIf(t -> t.comments().isEmpty());
            return after;
        });
    }

    /** The open thread about a thing, if it has one. */
    public static Optional<CommentThread> threadAbout(JourneyMap map, String target) {
        return map.comments().stream().filter(t -> t.target().equals(target)).findFirst();
    }

    private interface Change {
        List<CommentThread> apply(JourneyMap map, List<CommentThread> threads);
    }

    private static Command change(String mapId, String labelKey, Change change) {
        return new SetMapValue<>(mapId, JourneyMap::comments, JourneyMap::withComments, CommentEdits::bytes,
                (map, current) -> new SetMapValue.Change<>(List.copyOf(change.apply(map, current)),
                        Label.plain(labelKey, 1)));
    }

    private static List<CommentThread> replace(List<CommentThread> threads, String threadId,
                                               UnaryOperator<CommentThread> change) {
        List<CommentThread> after = new ArrayList<>(threads);
        int at = indexOf(threads, t -> t.id().equals(threadId));
        if (at >= 0) {
            after.set(at, change.apply(threads.get(at)));
        }
        return after;
    }

    private static int indexOf(List<CommentThread> threads, java.util.function.Predicate<CommentThread> which) {
        for (int i = 0; i < threads.size(); i++) {
            if (which.test(threads.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<Comment> plus(List<Comment> comments, Comment remark) {
        List<Comment> all = new ArrayList<>(comments);
        all.add(remark);
        return all;
    }

    private static Set<String> ids(List<CommentThread> threads) {
        Set<String> ids = new HashSet<>();
        for (CommentThread t : threads) {
            ids.add(t.id());
            t.comments().forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    private static long bytes(List<CommentThread> threads) {
        long bytes = 64;
        for (CommentThread t : threads) {
            bytes += 96;
            for (Comment c : t.comments()) {
                bytes += 96 + 2L * (c.text().length() + c.author().length());
            }
        }
        return bytes;
    }
}
