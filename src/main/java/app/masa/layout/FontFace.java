package app.masa.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One bundled font file: the text faces every map is set in, and the serif a brand may choose for
 * its map titles. Each painter keeps one font per face, so what the layout measured with a face is
 * what the canvas, the PDF, the SVG and the images draw with it.
 */
public enum FontFace {
    REGULAR(Fonts.FAMILY, false, "/app/masa/fonts/Rubik-Regular.ttf"),
    BOLD(Fonts.FAMILY, true, "/app/masa/fonts/Rubik-Bold.ttf"),
    /** Frank Ruhl Libre Bold: a book serif with Latin and Hebrew, for a title that reads as a brand's. */
    SERIF_BOLD("Frank Ruhl Libre", true, "/app/masa/fonts/FrankRuhlLibre-Bold.ttf");

    private final String family;
    private final boolean bold;
    private final String resource;

    FontFace(String family, boolean bold, String resource) {
        this.family = family;
        this.bold = bold;
        this.resource = resource;
    }

    /** The Rubik face of a weight. */
    public static FontFace text(boolean bold) {
        return bold ? BOLD : REGULAR;
    }

    public String family() {
        return family;
    }

    public boolean bold() {
        return bold;
    }

    public String resource() {
        return resource;
    }

    /** Opens the font file from the classpath; the caller closes the stream. */
    public InputStream open() {
        InputStream in = FontFace.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font missing from the classpath: " + resource));
        }
        return in;
    }

    /**
     * The face's advance table: every character's advance as the font file gives it, written beside
     * the font by {@code FontAdvancesTool} and checked against it by {@code FontAdvancesTest}.
     */
    public String advancesResource() {
        return resource.replaceFirst("\\.ttf$", ".advances");
    }

    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
