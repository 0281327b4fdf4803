package app.masa.export;

import app.masa.layout.TextLine;
import app.masa.layout.VisualOrder;

/**
 * Where one line of text is anchored in SVG, and the characters written for it, so that every
 * viewer puts the line where the layout measured it.
 *
 * <p>A left-to-right line starts at its left edge. A right-to-left line is anchored at its middle:
 * LibreOffice Draw ignores {@code direction}, so an anchor at the line's start lands on the left
 * edge there and on the right edge everywhere else, while the middle is the same point for all. For
 * the same reason a right-to-left line whose order would change in a left-to-right paragraph (a
 * Latin word or a number in it, punctuation at its end) is wrapped in RIGHT-TO-LEFT EMBEDDING and
 * POP DIRECTIONAL FORMATTING, which LibreOffice, Inkscape, rsvg and browsers all honour.
 * See decision 0016.
 */
record SvgLinePlacement(double x, String anchor, String text) {
    static final char RIGHT_TO_LEFT_EMBEDDING = '\u202B';
    static final char POP_DIRECTIONAL_FORMATTING = '\u202C';

    static SvgLinePlacement of(TextLine line) {
        if (!line.rightToLeft()) {
            return new SvgLinePlacement(line.x(), "start", line.text());
        }
        return new SvgLinePlacement(line.x() + line.width() / 2, "middle", embedded(line.text()));
    }

    /** The text, wrapped in an embedding only when a left-to-right paragraph would show it otherwise. */
    static String embedded(String text) {
        if (VisualOrder.of(text, true).equals(VisualOrder.of(text, false))) {
            return text;
        }
        return RIGHT_TO_LEFT_EMBEDDING + text + POP_DIRECTIONAL_FORMATTING;
    }
}
