package app.masa.layout;

/**
 * The one font family every painter sets text in, so text measured by the layout is the text drawn
 * on the canvas, in the PDF and in the images: Rubik's Latin and Hebrew, with DejaVu Sans behind it
 * for every other character a person may type, and tabular digits so figures line up (decision
 * 0023; {@code scripts/fonts/build-fonts.py} makes the files, {@link FontFace} names them). A brand
 * may set its map titles in a serif instead ({@link FontFace#SERIF_BOLD}).
 */
public final class Fonts {
    public static final String FAMILY = "Rubik";

    private Fonts() {
    }
}
