package app.masa.ui.text;

import com.sun.javafx.font.PGFont;
import com.sun.javafx.geom.transform.BaseTransform;
import com.sun.javafx.scene.text.TextSpan;
import com.sun.javafx.text.GlyphLayout;
import com.sun.javafx.text.TextRun;

/**
 * A run of complex text that refuses glyphs belonging to more text than its own. JavaFX's faulty
 * Pango shaper (see {@link WrappedComplexTextFix}) hands a run cut short at a line end the glyphs
 * of the whole run it was before; each such glyph points at a character outside the run. This run
 * then shapes itself again from its own characters with a fresh shaper. The piece cut off for the
 * next line is made a run of this kind too, so a paragraph wrapped over many lines stays whole.
 * Whichever shaper it gets its glyphs from, it hides the boxes of direction marks ({@link InvisibleMarks}).
 */
final class SelfCheckingRun extends TextRun {
    private final char[] text;
    private final PGFont font;
    private final GlyphLayout freshShaper;
    private final TextInternals internals;
    private boolean mending;

    SelfCheckingRun(int start, int length, byte level, TextSpan span, char[] text, PGFont font,
                    GlyphLayout freshShaper, TextInternals internals) {
        super(start, length, level, true, 0, span, 0, false);
        this.text = text;
        this.font = font;
        this.freshShaper = freshShaper;
        this.internals = internals;
    }

    @Override
    public void shape(int count, int[] glyphs, float[] pos, int[] indices) {
        if (!mending && font != null && !onlyOwnCharacters(count, indices)) {
            mending = true;
            try {
                freshShaper.layout(this, font, font.getStrike(BaseTransform.IDENTITY_TRANSFORM), text);
            } finally {
                mending = false;
            }
            return;
        }
        InvisibleMarks.hide(count, glyphs, indices, text, getStart());
        super.shape(count, glyphs, pos, indices);
    }

    private boolean onlyOwnCharacters(int count, int[] indices) {
        if (indices == null) {
            return true;
        }
        int length = getLength();
        for (int i = 0; i < count; i++) {
            if (indices[i] < 0 || indices[i] >= length) {
                return false;
            }
        }
        return true;
    }

    @Override
    public TextRun split(int offset) {
        TextRun rest = super.split(offset);
        SelfCheckingRun checked = new SelfCheckingRun(rest.getStart(), rest.getLength(), rest.getLevel(),
                rest.getTextSpan(), text, font, freshShaper, internals);
        checked.setMetrics(rest.getAscent(), rest.getDescent(), rest.getLeading());
        internals.copyFlags(rest, checked);
        return checked;
    }
}
