package app.masa.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the font shipped inside Masa (Latin and Hebrew glyphs) so the CSS can name it and the
 * window looks the same on every machine, and matches the exported PDF. Also puts in place the fix
 * for wrapped Hebrew text ({@link WrappedComplexTextFix}), since every window loads its fonts first.
 */
public final class BundledFonts {
    public static final String FAMILY = "DejaVu Sans";
    private static final String[] FILES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};
    private static boolean loaded;

    private BundledFonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        // Hebrew wraps in most panels; without this its wrapped lines come out garbled on Linux.
        WrappedComplexTextFix.install();
        for (String file : FILES) {
            try (InputStream in = BundledFonts.class.getResourceAsStream("/app/masa/fonts/" + file)) {
                if (in != null) {
                    Font.loadFont(in, 13);
                }
            } catch (IOException e) {
                // The system font stands in; nothing the user can act on.
            }
        }
        loaded = true;
    }
}
