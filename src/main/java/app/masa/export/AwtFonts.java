package app.masa.export;

import app.masa.layout.FontFace;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** The bundled faces as AWT fonts, for the Java2D painter; each file is read once per process. */
final class AwtFonts {
    private static final AtomicReferenceArray<Font> FONTS = new AtomicReferenceArray<>(FontFace.values().length);

    private AwtFonts() {
    }

    /** The AWT font of a face at a size. */
    static Font of(FontFace face, double size) {
        Font font = FONTS.get(face.ordinal());
        if (font == null) {
            FONTS.compareAndSet(face.ordinal(), null, load(face));
            font = FONTS.get(face.ordinal());
        }
        return font.deriveFont((float) size);
    }

    private static Font load(FontFace face) {
        try (InputStream in = face.open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font cannot be read: " + face.resource(), e);
        }
    }
}
