package app.masa.io;

/**
 * One thing wrong with a file, as a plain sentence and where it is.
 *
 * @param message a plain, localized sentence naming the problem
 * @param line 1-based line in the file, or 0 when the problem has no single place (an unreadable file)
 * @param column 1-based column in the file, or 0 when unknown
 * @param path a JSON path such as {@code maps[0].cards[3].stage}, or "" for the whole file
 */
public record Problem(String message, int line, int column, String path) {
    public Problem {
        message = message == null ? "" : message;
        path = path == null ? "" : path;
    }

    /** A problem of the whole file, with no line or path. */
    public static Problem ofFile(String message) {
        return new Problem(message, 0, 0, "");
    }

    public boolean hasPosition() {
        return line > 0;
    }

    @Override
    public String toString() {
        return hasPosition() ? line + ":" + column + ": " + message : message;
    }
}
