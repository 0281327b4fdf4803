package app.masa.ui.text;

import app.masa.layout.FontFace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;

/**
 * Gives JavaFX the bundled faces, once for the whole run, and keeps them. JavaFX copies
 * a font it is given to a temporary file and deletes that file once nothing refers to the font;
 * on Linux the text shaper finds faces by family name among the files it has been shown, so a face
 * given twice, or let go, can leave it looking at a file that is gone.
 */
public final class BundledFontFaces {
    private static final List<Font> KEPT = new ArrayList<>();

    private BundledFontFaces() {
    }

    /** Call on any thread; the first call reads the fonts, later ones do nothing. */
    public static synchronized void register() {
        if (!KEPT.isEmpty()) {
            return;
        }
        for (FontFace face : FontFace.values()) {
            try (InputStream in = face.open()) {
                Font font = Font.loadFont(in, 12);
                if (font != null) {
                    KEPT.add(font);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
