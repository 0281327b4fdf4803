package app.masa.ui.text;

import app.masa.layout.Fonts;
import app.masa.ui.text.BundledFontFaces;

/**
 * Loads the font shipped inside Masa (Latin and Hebrew glyphs) so the CSS can name it and the
 * window looks the same on every machine, and matches the exported PDF. Also puts in place the fix
 * for wrapped Hebrew text and direction marks ({@link WrappedComplexTextFix}), since every window
 * loads its fonts first.
 */
public final class BundledFonts {
    public static final String FAMILY = Fonts.FAMILY;
    private static boolean loaded;

    private BundledFonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        // Hebrew wraps in most panels; without this its wrapped lines come out garbled on Linux,
        // and its direction marks drawn as boxes.
        WrappedComplexTextFix.install();
        BundledFontFaces.register();
        loaded = true;
    }
}
