package app.masa.layout;

/**
 * One wrapped line of text, placed. The text is in logical (typed) order; painters that need visual
 * order (PDF) reorder it themselves.
 *
 * @param x left edge of the line's ink box
 * @param baseline y of the baseline
 * @param width the measured width of the text
 * @param rightToLeft the paragraph direction of the text (see {@link TextDirection})
 */
public record TextLine(String text, FontRole role, double x, double baseline, double width, boolean rightToLeft) {
}
