package app.masa.ui.text;

import com.sun.javafx.font.PrismFontFactory;
import com.sun.javafx.text.GlyphLayout;

/**
 * Works around a JavaFX 21 fault on Linux that garbles wrapped lines of Hebrew (or any other
 * right-to-left or complex-script) text: the first line shows the whole paragraph, so it runs past
 * its start edge, and the next line repeats its tail.
 *
 * <p>Why: on Linux the glyphs of such text come from Pango, through a shaper that remembers the
 * UTF-8 copy of each run it has shaped, keyed by the run object. To wrap, the text layout shapes a
 * run, cuts the same run object short at the line end and shapes it again with the same shaper,
 * which then hands Pango the remembered copy of the whole run. Labels, hyperlinks, tooltips, menus
 * and text areas all share this one path.
 *
 * <p>JavaFX lends every text layout one shared shaper, and gives a layout that finds it lent out
 * a faulty Pango shaper of its own. The canvas draws its Hebrew on JavaFX's render thread while the
 * controls lay theirs out on the application thread, so with the shared shaper merely replaced,
 * about one wrapped layout in ten beside a canvas repaint still came out garbled. Masa therefore
 * puts a {@link FreshShaperPerRun} in the shared place and keeps it from counting as lent out: it
 * keeps no state, so any number of layouts on any threads may use it at once. Every layout frees
 * it again while it breaks its text into runs, just before it asks for a shaper for them (see
 * {@link TextInternals#lendEveryLayout}), so even a render thread descheduled right after
 * borrowing it cannot leave a control with the faulty one; and the complex runs it makes reshape
 * themselves from their own text when another shaper hands them glyphs of more text
 * ({@link SelfCheckingRun}).
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
            TextInternals internals = TextInternals.find();
            internals.lendEveryLayout(new FreshShaperPerRun(fonts, internals));
            installed = true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // The JavaFX internals differ from the ones this fix knows; leave text as JavaFX draws it.
            return false;
        }
        return true;
    }

    /** Whether the fix is in place (for tests and the decision record's check). */
    public static synchronized boolean isInstalled() {
        return installed;
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
}
