package app.masa.ui.text;

import com.sun.javafx.text.GlyphLayout;
import com.sun.javafx.text.PrismTextLayout;
import com.sun.javafx.text.TextRun;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Method;

/**
 * The few private parts of JavaFX's text layout that the wrapped-text fix reaches, all looked up
 * at once when it is installed, so a JavaFX that differs is found out before anything changes.
 */
final class TextInternals {
    /** The shaper JavaFX lends to every text layout. */
    private final VarHandle sharedShaper;
    /** Whether that shaper is lent out; while it is, JavaFX hands layouts its faulty Pango shaper. */
    private final VarHandle sharedShaperLent;
    /** A run's line-joining and split marks. */
    private final VarHandle runFlags;
    /** A run's glyphs, as its shaper gave them. */
    private final VarHandle runGlyphs;
    /** The runs a text layout has broken its text into, and how many of them are in use. */
    private final VarHandle layoutRuns;
    private final VarHandle layoutRunCount;
    /** The check for ideographs JavaFX makes for each character while it breaks text into runs. */
    private final VarHandle ideographCheck;
    private static volatile TextInternals lending;

    private TextInternals(MethodHandles.Lookup own) throws ReflectiveOperationException {
        MethodHandles.Lookup shapers = MethodHandles.privateLookupIn(GlyphLayout.class, own);
        MethodHandles.Lookup runs = MethodHandles.privateLookupIn(TextRun.class, own);
        MethodHandles.Lookup layouts = MethodHandles.privateLookupIn(PrismTextLayout.class, own);
        sharedShaper = shapers.findStaticVarHandle(GlyphLayout.class, "reusableGL", GlyphLayout.class);
        sharedShaperLent = shapers.findStaticVarHandle(GlyphLayout.class, "inUse", boolean.class);
        runFlags = runs.findVarHandle(TextRun.class, "flags", int.class);
        runGlyphs = runs.findVarHandle(TextRun.class, "gids", int[].class);
        layoutRuns = layouts.findVarHandle(PrismTextLayout.class, "runs", TextRun[].class);
        layoutRunCount = layouts.findVarHandle(PrismTextLayout.class, "runCount", int.class);
        ideographCheck = shapers.findStaticVarHandle(GlyphLayout.class, "isIdeographicMethod", Method.class);
    }

    static TextInternals find() throws ReflectiveOperationException {
        return new TextInternals(MethodHandles.lookup());
    }

    /**
     * Puts the shaper in the shared place, and has every layout free it again while it breaks its
     * text into runs, just before it asks for a shaper to shape them. A layout that was handed the
     * faulty shaper because another thread had just borrowed the shared one (the render thread,
     * perhaps descheduled in between) so gets the shared one for its shaping.
     */
    void lendEveryLayout(GlyphLayout shaper) throws ReflectiveOperationException {
        Method check = TextInternals.class.getDeclaredMethod("isIdeographic", int.class);
        check.setAccessible(true);
        lending = this;
        sharedShaper.setVolatile(shaper);
        ideographCheck.setVolatile(check);
        markSharedShaperFree();
    }

    /** Java's own check, which JavaFX calls through reflection; freeing the shared shaper on the way. */
    private static boolean isIdeographic(int codePoint) {
        TextInternals internals = lending;
        if (internals != null) {
            internals.markSharedShaperFree();
        }
        return Character.isIdeographic(codePoint);
    }

    void markSharedShaperFree() {
        sharedShaperLent.setVolatile(false);
    }

    void copyFlags(TextRun from, TextRun to) {
        runFlags.set(to, (int) runFlags.get(from));
    }

    int[] glyphs(TextRun run) {
        return (int[]) runGlyphs.get(run);
    }

    /** The layout's runs, live: replacing one here replaces it in the layout. */
    TextRun[] runs(PrismTextLayout layout) {
        return (TextRun[]) layoutRuns.get(layout);
    }

    int runCount(PrismTextLayout layout) {
        return (int) layoutRunCount.get(layout);
    }
}
