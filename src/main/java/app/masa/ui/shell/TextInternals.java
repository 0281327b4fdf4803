package app.masa.ui.shell;

import com.sun.javafx.text.GlyphLayout;
import com.sun.javafx.text.PrismTextLayout;
import com.sun.javafx.text.TextRun;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

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
    }

    static TextInternals find() throws ReflectiveOperationException {
        return new TextInternals(MethodHandles.lookup());
    }

    void lendEveryLayout(GlyphLayout shaper) {
        sharedShaper.setVolatile(shaper);
        markSharedShaperFree();
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
