package app.masa.ui.text;

import com.sun.javafx.font.FontStrike;
import com.sun.javafx.font.PGFont;
import com.sun.javafx.font.PrismFontFactory;
import com.sun.javafx.scene.text.TextLayout;
import com.sun.javafx.scene.text.TextSpan;
import com.sun.javafx.text.GlyphLayout;
import com.sun.javafx.text.PrismTextLayout;
import com.sun.javafx.text.TextRun;

/**
 * The shaper Masa lends to every JavaFX text layout in place of the faulty shared one (see
 * {@link WrappedComplexTextFix}). It shapes each run with a new platform shaper, so a run cut short
 * at a line end is shaped from its own text; it makes complex runs as {@link SelfCheckingRun}s; and
 * it hides the boxes JavaFX would draw for direction marks ({@link InvisibleMarks}).
 *
 * <p>It keeps nothing between calls, so it is safe on several threads at once; every call first
 * marks it as free again, so a layout on another thread is lent this shaper rather than the faulty
 * one JavaFX falls back to when the shared shaper is out. For the same reason the first run a
 * layout shapes is always one it shapes here: otherwise a layout on the render thread (the canvas
 * draws Hebrew there) would hold the shared shaper while it shapes a leading Latin word or number
 * itself, and the controls' layouts in that moment would get the faulty one.
 */
final class FreshShaperPerRun extends GlyphLayout {
    private final PrismFontFactory fonts;
    private final TextInternals internals;

    FreshShaperPerRun(PrismFontFactory fonts, TextInternals internals) {
        this.fonts = fonts;
        this.internals = internals;
    }

    @Override
    public int breakRuns(PrismTextLayout layout, char[] chars, int flags) {
        internals.markSharedShaperFree();
        return shapeHere(layout, chars, super.breakRuns(layout, chars, flags));
    }

    /**
     * Makes the first run to be shaped, and every run holding an invisible mark, a run this shaper
     * shapes (JavaFX would shape them itself, and draw marks it does not know as boxes).
     */
    private int shapeHere(PrismTextLayout layout, char[] chars, int flags) {
        TextRun[] runs = internals.runs(layout);
        int count = internals.runCount(layout);
        boolean first = true;
        for (int i = 0; i < count; i++) {
            TextRun run = runs[i];
            PGFont font = run.getTextSpan() == null ? layout.getFont() : (PGFont) run.getTextSpan().getFont();
            if (run.isTab() || run.isLinebreak() || font == null) {
                continue;
            }
            boolean shapedFirst = first && (flags & TextLayout.FLAGS_HAS_COMPLEX) != 0;
            first = false;
            if (!run.isComplex() && (shapedFirst || holdsInvisibleMark(run, chars))) {
                runs[i] = new SelfCheckingRun(run.getStart(), run.getLength(), run.getLevel(), run.getTextSpan(),
                        chars, font, this, internals);
                flags |= TextLayout.FLAGS_HAS_COMPLEX;
            }
        }
        return flags;
    }

    private static boolean holdsInvisibleMark(TextRun run, char[] chars) {
        for (int i = run.getStart(); i < run.getEnd(); i++) {
            if (InvisibleMarks.isInvisible(chars[i])) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected TextRun addTextRun(PrismTextLayout layout, char[] chars, int start, int length,
                                 PGFont font, TextSpan span, byte level) {
        // As JavaFX's own complex run (script and font slot 0), but one that can mend its glyphs.
        TextRun run = new SelfCheckingRun(start, length, level, span, chars, font, this, internals);
        layout.addTextRun(run);
        return run;
    }

    @Override
    public void layout(TextRun run, PGFont font, FontStrike strike, char[] text) {
        internals.markSharedShaperFree();
        GlyphLayout shaper = fonts.createGlyphLayout();
        try {
            shaper.layout(run, font, strike, text);
        } finally {
            shaper.dispose();
        }
        if (!(run instanceof SelfCheckingRun)) {
            // A self-checking run hides its marks as it takes its glyphs; a plain one only here.
            InvisibleMarks.hide(run.getGlyphCount(), internals.glyphs(run), charOffsets(run), text, run.getStart());
        }
    }

    private static int[] charOffsets(TextRun run) {
        int[] offsets = new int[run.getGlyphCount()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = run.getCharOffset(i);
        }
        return offsets;
    }
}
