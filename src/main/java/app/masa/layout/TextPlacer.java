package app.masa.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns wrapped text into placed {@link TextLine}s inside a horizontal span. Each text takes its
 * direction from the map ({@link TextDirection}): right-to-left text hugs the right edge,
 * left-to-right text the left edge.
 */
final class TextPlacer {
    enum Align { START, CENTER }

    private final TextWrapper wrapper;
    private final TextMeasurer measurer;
    private final Typography typography;
    private final boolean mapRightToLeft;

    TextPlacer(TextWrapper wrapper, TextMeasurer measurer, Typography typography, boolean mapRightToLeft) {
        this.wrapper = wrapper;
        this.measurer = measurer;
        this.typography = typography;
        this.mapRightToLeft = mapRightToLeft;
    }

    TextWrapper wrapper() {
        return wrapper;
    }

    double lineHeight(FontRole role) {
        return typography.lineHeight(role);
    }

    /** The height wrapped text takes: its lines at the role's line height. */
    double height(WrappedText text, FontRole role) {
        return text.lineCount() * typography.lineHeight(role);
    }

    /**
     * Places wrapped lines with the top of the first line box at {@code top}, between {@code left}
     * and {@code right}.
     */
    List<TextLine> place(String source, WrappedText text, FontRole role, double left, double right, double top,
                         Align align) {
        if (text.isEmpty()) {
            return List.of();
        }
        boolean rtl = TextDirection.isRightToLeft(source, mapRightToLeft);
        double lineHeight = typography.lineHeight(role);
        // Centre the glyphs in the line box: half the leading above, half below.
        double ascent = measurer.ascent(typography.size(role));
        double descent = measurer.descent(typography.size(role));
        double baseline = top + (lineHeight - ascent - descent) / 2 + ascent;
        List<TextLine> lines = new ArrayList<>(text.lineCount());
        for (int i = 0; i < text.lineCount(); i++) {
            double w = text.widths()[i];
            double x = switch (align) {
                case CENTER -> (left + right - w) / 2;
                case START -> rtl ? right - w : left;
            };
            lines.add(new TextLine(text.lines().get(i), role, x, baseline + i * lineHeight, w, rtl));
        }
        return lines;
    }

    /** One line, not wrapped. */
    TextLine single(String text, FontRole role, double x, double top) {
        double w = wrapper.width(text, role);
        double lineHeight = typography.lineHeight(role);
        double ascent = measurer.ascent(typography.size(role));
        double descent = measurer.descent(typography.size(role));
        return new TextLine(text, role, x, top + (lineHeight - ascent - descent) / 2 + ascent, w,
                TextDirection.isRightToLeft(text, mapRightToLeft));
    }
}
