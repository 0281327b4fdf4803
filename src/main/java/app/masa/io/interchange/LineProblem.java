package app.masa.io.interchange;

import app.masa.i18n.Messages;

/** One problem found in imported text, at a line (0 when it belongs to no single line). */
public record LineProblem(int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? Messages.get("interchange.error.line", line, message) : message;
    }
}
