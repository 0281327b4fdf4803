package app.masa.layout;

import java.util.List;

/** A text broken into lines that fit a width, each with its measured width. */
public record WrappedText(List<String> lines, double[] widths) {
    public static final WrappedText EMPTY = new WrappedText(List.of(), new double[0]);

    public WrappedText {
        lines = List.copyOf(lines);
    }

    public int lineCount() {
        return lines.size();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
