package app.masa.ui.text;

import app.masa.layout.Fonts;
import org.kordamp.ikonli.javafx.IkonResolver;

/**
 * Loads the fonts shipped inside Masa (the faces with Latin and Hebrew glyphs, and the icon font)
 * so the CSS can name them and the window looks the same on every machine, and matches the
 * exported PDF. Also puts in place the fix for wrapped Hebrew text and direction marks
 * ({@link WrappedComplexTextFix}), since every window loads its fonts first.
 */
public final class BundledFonts {
    public static final String FAMILY = Fonts.FAMILY;
    private static boolean loaded;

    private BundledFonts() {
    }

    /**
     * Starts reading the faces and the icon font on a thread of its own, once JavaFX runs: the
     * designer's first window sets its theme meanwhile and finds them read when it needs them.
     */
    public static void loadAhead() {
        Thread thread = new Thread(BundledFonts::readFaces, "masa-fonts");
        thread.setDaemon(true);
        thread.start();
    }

    /** The faces and the fix, on the JavaFX thread before text is shown; waits for faces being read ahead. */
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

    private static void readFaces() {
        try {
            BundledFontFaces.register();
            // The icon library reads its font the first time an icon is made.
            IkonResolver.getInstance();
        } catch (RuntimeException | Error e) {
            // The window reads them again where it needs them, and shows that failure.
            // Looked up only here: setting up the logging service would hold up init(), which start() waits for.
            System.getLogger(BundledFonts.class.getName())
                    .log(System.Logger.Level.WARNING, "Reading the bundled fonts ahead of the window failed", e);
        }
    }
}
