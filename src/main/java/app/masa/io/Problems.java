package app.masa.io;

import app.masa.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file as plain sentences with their place. Columns count characters,
 * not bytes, so that they match what an editor shows for Hebrew text too. They are worked out once,
 * at the end, in one pass through the file in problem order: a minified file is one long line, and
 * counting from the line's start for every problem would cost the line's length each time.
 */
final class Problems {
    /** Beyond this many, one more line says how many were left out: a report nobody can read helps nobody. */
    static final int MAX_REPORTED = 500;
    /** The most characters of a value from the file that a message quotes. */
    static final int MAX_QUOTED = 120;

    private record Pending(String message, int line, long offset, String path) {
    }

    private static final Comparator<Pending> IN_FILE_ORDER =
            Comparator.comparingInt(Pending::line).thenComparingLong(Pending::offset);

    private final byte[] bytes;
    private final List<Pending> pending = new ArrayList<>();
    private int leftOut;

    Problems(byte[] bytes) {
        this.bytes = bytes;
    }

    void add(Node at, JsonPointer path, String key, Object... args) {
        addAt(at == null ? 0 : at.line(), at == null ? -1 : at.offset(), path, key, args);
    }

    void addAt(int line, long offset, JsonPointer path, String key, Object... args) {
        if (pending.size() >= MAX_REPORTED) {
            leftOut++;
            return;
        }
        boolean placed = line > 0 && bytes != null && offset >= 0 && offset <= bytes.length;
        pending.add(new Pending(Messages.get(key, shortened(args)), placed ? line : 0, placed ? offset : -1,
                path == null ? "" : path.toString()));
    }

    /** Text quoted from the file is cut to a readable length: a message names a value, it need not repeat it all. */
    private static Object[] shortened(Object[] args) {
        Object[] result = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String text && text.length() > MAX_QUOTED) {
                if (result == args) {
                    result = args.clone();
                }
                result[i] = text.substring(0, MAX_QUOTED - 21) + "…" + text.substring(text.length() - 20);
            }
        }
        return result;
    }

    void addFile(String key, Object... args) {
        addAt(0, -1, null, key, args);
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** The problems in the order they appear in the file; those of the whole file first. */
    List<Problem> list() {
        List<Pending> sorted = new ArrayList<>(pending);
        sorted.sort(IN_FILE_ORDER);
        List<Problem> all = new ArrayList<>(sorted.size() + 1);
        long cursor = -1;
        int column = 0;
        for (Pending p : sorted) {
            if (p.line() == 0) {
                all.add(new Problem(p.message(), 0, 0, p.path()));
                continue;
            }
            column = cursor < 0 || crossesLine(cursor, p.offset())
                    ? column(bytes, p.offset())
                    : column + advance(cursor, p.offset());
            cursor = p.offset();
            all.add(new Problem(p.message(), p.line(), column, p.path()));
        }
        if (leftOut > 0) {
            all.add(Problem.ofFile(Messages.get("validate.more", leftOut)));
        }
        return List.copyOf(all);
    }

    /** Characters between two offsets on one line. */
    private int advance(long from, long to) {
        int count = 0;
        for (int i = (int) from; i < to; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                count++;
            }
        }
        return count;
    }

    private boolean crossesLine(long from, long to) {
        for (int i = (int) from; i < to; i++) {
            if (bytes[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    /** 1-based character column of a byte offset: counts the characters since the line began. */
    static int column(byte[] bytes, long offset) {
        if (bytes == null || offset < 0 || offset > bytes.length) {
            return 0;
        }
        int end = (int) offset;
        int start = end;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        int column = 1;
        for (int i = start; i < end; i++) {
            // continuation bytes and the byte-order mark are no characters a person sees
            if ((bytes[i] & 0xC0) != 0x80 && !(i == 0 && isBom(bytes))) {
                column++;
            }
        }
        return column;
    }

    private static boolean isBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }
}
