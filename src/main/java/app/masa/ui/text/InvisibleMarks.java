package app.masa.ui.text;

import com.sun.javafx.font.CharToGlyphMapper;

/**
 * Direction marks and the other invisible format characters (U+200E, U+200F, U+2066–U+2069,
 * U+061C, zero-width spaces and joiners…) inside complex text. They steer the bidi order and are
 * never drawn; but on Linux JavaFX turns Pango's "nothing to draw" into glyph 0 of the font, its
 * missing-glyph box (and a fallback font may have a visible glyph for them). Here every glyph that
 * stands for one of these characters becomes the glyph JavaFX itself skips.
 */
final class InvisibleMarks {
    private InvisibleMarks() {
    }

    /** Whether the character steers text without being drawn (Unicode's default-ignorable format characters). */
    static boolean isInvisible(char c) {
        return c == '\u061C' || c == '\u180E' || c == '\uFEFF'
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u206F');
    }

    /**
     * Hides the glyphs of invisible characters: {@code indices[i]} is the character of glyph
     * {@code i}, counted from {@code runStart} in {@code text}.
     */
    static void hide(int count, int[] glyphs, int[] indices, char[] text, int runStart) {
        if (glyphs == null || indices == null) {
            return;
        }
        for (int i = 0; i < count; i++) {
            int at = runStart + indices[i];
            if (at >= 0 && at < text.length && isInvisible(text[at])) {
                glyphs[i] = CharToGlyphMapper.INVISIBLE_GLYPH_ID;
            }
        }
    }
}
