package app.masa.ui.rtl;

import app.masa.ui.text.BundledFonts;
import com.sun.javafx.font.CharToGlyphMapper;
import com.sun.javafx.scene.text.FontHelper;
import com.sun.javafx.scene.text.GlyphList;
import com.sun.javafx.scene.text.TextLayout;
import com.sun.javafx.scene.text.TextLine;
import com.sun.javafx.text.TextRun;
import com.sun.javafx.tk.Toolkit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;

/**
 * A text laid out the way every label, menu item, tooltip and text area of Masa lays its text out,
 * in the bundled font, and what it will draw: the glyphs of each line and of each character.
 */
record LaidOutText(String text, List<TextLine> lines) {
    /** Lays the text out; {@code wrapWidth} 0 keeps it on one line. Call on any thread. */
    static LaidOutText of(String text, int direction, float wrapWidth) {
        TextLayout layout = Toolkit.getToolkit().getTextLayoutFactory().createLayout();
        layout.setContent(text, FontHelper.getNativeFont(Font.font(BundledFonts.FAMILY, 13)));
        layout.setDirection(direction);
        layout.setWrapWidth(wrapWidth);
        return new LaidOutText(text, List.of(layout.getLines()));
    }

    /** For each line: how many glyphs it will draw, and how many characters of the text it holds. */
    List<int[]> glyphsAndCharsPerLine() {
        List<int[]> perLine = new ArrayList<>();
        for (TextLine line : lines) {
            int glyphs = 0;
            for (GlyphList run : line.getRuns()) {
                glyphs += run.getGlyphCount();
            }
            perLine.add(new int[] {glyphs, line.getLength()});
        }
        return perLine;
    }

    /** Whether each line draws one glyph per character (true of the bundled font for Hebrew, Latin and digits: it has no optional ligatures). */
    boolean everyLineDrawsItsOwnCharactersOnly() {
        return glyphsAndCharsPerLine().stream().allMatch(line -> line[0] == line[1]);
    }

    /** Where the glyph of a character is drawn, from the left edge of the text. */
    double xOf(int charIndex) {
        for (TextLine line : lines) {
            for (GlyphList list : line.getRuns()) {
                TextRun run = (TextRun) list;
                for (int i = 0; i < run.getGlyphCount(); i++) {
                    if (run.getStart() + run.getCharOffset(i) == charIndex) {
                        return run.getLocation().x + run.getPosX(i);
                    }
                }
            }
        }
        throw new IllegalArgumentException("no glyph for character " + charIndex + " of " + text);
    }

    /** The characters whose glyph will be drawn (as opposed to glyphs JavaFX skips). */
    List<Character> drawnCharacters() {
        List<Character> drawn = new ArrayList<>();
        for (TextLine line : lines) {
            for (GlyphList list : line.getRuns()) {
                TextRun run = (TextRun) list;
                for (int i = 0; i < run.getGlyphCount(); i++) {
                    if (run.getGlyphCode(i) != CharToGlyphMapper.INVISIBLE_GLYPH_ID) {
                        drawn.add(text.charAt(run.getStart() + run.getCharOffset(i)));
                    }
                }
            }
        }
        return drawn;
    }
}
