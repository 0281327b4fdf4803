package app.masa.export;

import app.masa.layout.FontRole;
import app.masa.layout.Rgba;
import app.masa.layout.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines the painter draws one after another that belong to one paragraph: the same kind of text in
 * the same colour and direction, each the next line down in the same column. They become one
 * {@code <text>} with a {@code <tspan>} per line, so an editor selects and restyles a wrapped card
 * title as one piece, while every line keeps the exact position the layout gave it.
 */
final class SvgParagraph {
    /** A little more than the loosest leading in the type scale (1.4), so lines of one paragraph always qualify. */
    private static final double MAX_LINE_STEP = 1.6;

    private final FontRole role;
    private final Rgba color;
    private final boolean rightToLeft;
    private final List<TextLine> lines = new ArrayList<>();

    SvgParagraph(TextLine first, Rgba color) {
        this.role = first.role();
        this.color = color;
        this.rightToLeft = first.rightToLeft();
        lines.add(first);
    }

    FontRole role() {
        return role;
    }

    Rgba color() {
        return color;
    }

    boolean rightToLeft() {
        return rightToLeft;
    }

    List<TextLine> lines() {
        return List.copyOf(lines);
    }

    /**
     * Adds the line when it continues this paragraph and says whether it did. Lines beside each
     * other (metric cells in one row) or far apart are separate paragraphs.
     */
    boolean add(TextLine line, Rgba lineColor, double fontSize) {
        TextLine last = lines.get(lines.size() - 1);
        double step = line.baseline() - last.baseline();
        boolean sameColumn = line.x() < last.x() + last.width() && last.x() < line.x() + line.width();
        if (line.role() != role || !lineColor.equals(color) || line.rightToLeft() != rightToLeft || step <= 0
                || step > MAX_LINE_STEP * fontSize || !sameColumn) {
            return false;
        }
        lines.add(line);
        return true;
    }
}
