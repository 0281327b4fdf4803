package app.masa.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one font family every painter uses, so text measured by the layout is the text drawn on the
 * canvas, in the PDF and in the images. Each weight is one file: Rubik's Latin and Hebrew, with
 * DejaVu Sans behind it for every other character a person may type, and tabular digits so figures
 * line up (decision 0023; {@code scripts/fonts/build-fonts.py} makes the files).
 */
public final class Fonts {
    public static final String FAMILY = "Rubik";
    public static final String REGULAR = "/app/masa/fonts/Rubik-Regular.ttf";
    public static final String BOLD = "/app/masa/fonts/Rubik-Bold.ttf";
    public static final String LICENSE = "/app/masa/fonts/Rubik-OFL.txt";
    public static final String FALLBACK_LICENSE = "/app/masa/fonts/DejaVu-LICENSE.txt";

    private Fonts() {
    }

    public static String resource(boolean bold) {
        return bold ? BOLD : REGULAR;
    }

    /** Opens a font file from the classpath; the caller closes the stream. */
    public static InputStream open(boolean bold) {
        InputStream in = Fonts.class.getResourceAsStream(resource(bold));
        if (in == null) {
            throw new UncheckedIOException(new IOException("font missing from the classpath: " + resource(bold)));
        }
        return in;
    }

    public static byte[] bytes(boolean bold) {
        try (InputStream in = open(bold)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
