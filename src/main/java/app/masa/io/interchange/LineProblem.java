package app.masa.io.interchange;

import app.masa.i18n.Messages;

/**
 * One problem found in imported text, at a line (0 when it belongs to no single line).
 *
 * @param sheet the workbook sheet the line is a row of, or null for a text file
 */
public record LineProblem(int line, String message, String sheet) {
    public LineProblem(int line, String message) {
        this(line, message, null);
    }

    /** The same problem, found in a sheet of a workbook: its line is that sheet's row. */
    public LineProblem inSheet(String name) {
        return new LineProblem(line, message, name);
    }

    /** The problem for a terminal: "file:line: message", or "file: Sheet “…”, row 4: message". */
    public String at(Object file) {
        if (sheet != null) {
            return file + ": " + this;
        }
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public String toString() {
        if (sheet != null) {
            return line > 0 ? Messages.get("interchange.error.sheetRow", sheet, line, message)
                    : Messages.get("interchange.error.sheet", sheet, message);
        }
        return line > 0 ? Messages.get("interchange.error.line", line, message) : message;
    }
}
