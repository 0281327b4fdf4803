package app.masa.ui.shell;

import com.sun.javafx.font.FontStrike;
import com.sun.javafx.font.PGFont;
import com.sun.javafx.font.PrismFontFactory;
import com.sun.javafx.text.GlyphLayout;
import com.sun.javafx.text.TextRun;
import java.lang.reflect.Field;

/**
 * Works around a JavaFX 21 fault on Linux that garbles every wrapped line of Hebrew (or any other
 * right-to-left or complex-script) text: the first line shows the whole paragraph, so it runs past
 * its start edge, and the next line repeats its tail.
 *
 * <p>Why: on Linux the glyphs of such text come from Pango, through a shaper that remembers the
 * UTF-8 copy of each run it has shaped, keyed by the run object. To wrap, the text layout shapes a
 * run, cuts the same run object short at the line end and shapes it again with the same shaper,
 * which then hands Pango the remembered copy of the whole run. Masa installs, as the shaper the
 * text layout borrows, one that gives every run to a fresh Pango shaper, so nothing stale is
 * remembered. Fonts, CSS and orientation play no part; labels, hyperlinks and text areas all
 * share this one path.
 *
 * <p>The fix only goes in where the faulty shaper is present (it is recognised by its per-run
 * cache), so a JavaFX that no longer has the fault, or another platform, is left as it is; if the
 * JavaFX internals cannot be reached the text keeps the old behaviour rather than failing.
 */
public final class WrappedComplexTextFix {
    private static final String FAULTY_SHAPER = "com.sun.javafx.font.freetype.PangoGlyphLayout";
    private static final String FAULTY_CACHE = "runUtf8";
    private static boolean installed;

    private WrappedComplexTextFix() {
    }

    /** Installs the fix once; returns whether it is in place. Call on the JavaFX thread, before text is shown. */
    public static synchronized boolean install() {
        if (installed) {
            return true;
        }
        try {
            PrismFontFactory fonts = PrismFontFactory.getFontFactory();
            GlyphLayout probe = fonts.createGlyphLayout();
            boolean faulty = hasFaultyCache(probe);
            probe.dispose();
            if (!faulty) {
                return false;
            }
            Field shared = GlyphLayout.class.getDeclaredField("reusableGL");
            shared.setAccessible(true);
            shared.set(null, new FreshShaperPerRun(fonts));
            installed = true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // The JavaFX internals differ from the ones this fix knows; leave text as JavaFX draws it.
            return false;
        }
        return true;
    }

    private static boolean hasFaultyCache(GlyphLayout shaper) {
        if (!shaper.getClass().getName().equals(FAULTY_SHAPER)) {
            return false;
        }
        try {
            shaper.getClass().getDeclaredField(FAULTY_CACHE);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** Shapes each run with a new platform shaper, so a run cut short is shaped from its own text. */
    private static final class FreshShaperPerRun extends GlyphLayout {
        private final PrismFontFactory fonts;

        FreshShaperPerRun(PrismFontFactory fonts) {
            this.fonts = fonts;
        }

        @Override
        public void layout(TextRun run, PGFont font, FontStrike strike, char[] text) {
            GlyphLayout shaper = fonts.createGlyphLayout();
            try {
                shaper.layout(run, font, strike, text);
            } finally {
                shaper.dispose();
            }
        }
    }
}
