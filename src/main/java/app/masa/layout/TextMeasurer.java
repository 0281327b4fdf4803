package app.masa.layout;

/** Measures text in the bundled font; sizes are in layout units (points). */
public interface TextMeasurer {
    /** The advance width of a string in logical order. */
    double width(String text, boolean bold, double size);

    /** The width in a face; a measurer that knows only the text faces measures the others by their weight. */
    default double width(String text, FontFace face, double size) {
        return width(text, face.bold(), size);
    }

    /** Distance from the top of a line box to its baseline, for a font size. */
    double ascent(double size);

    /** Distance from the baseline to the bottom of the glyphs, for a font size. */
    double descent(double size);
}
