package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The widths the layout measures from the font tables are the advances Java2D lays down for the
 * same files (the PNG painter draws with AWT): a map wraps the same in every export.
 */
class FontTableMeasurerTest {
    private static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);
    private static final String[] TEXTS = {
            "Orders a basket online", "הזמנה באתר ואיסוף מהחנות", "NPS 42 · ₪120, 3.5%", "(שאלה?) \"מרכאות\" — סוף.",
            "fi fl ffi", "tab\there", "😀 emoji", "Ünïcödé ÆØÅ ſ",
    };

    @Test
    void widthsAreTheAdvancesAwtReportsForEveryFace() throws Exception {
        for (FontFace face : FontFace.values()) {
            Font awt = awt(face, 13);
            for (String text : TEXTS) {
                double expected = advances(awt, text);
                assertThat(FontTableMeasurer.shared().width(text, face, 13)).as("%s in %s", text, face)
                        .isCloseTo(expected, within(1e-3));
            }
        }
    }

    @Test
    void ascentAndDescentAreAwtsLineMetrics() throws Exception {
        LineMetrics metrics = awt(FontFace.REGULAR, 20).getLineMetrics("Hg\u05d0", UNHINTED);
        assertThat(FontTableMeasurer.shared().ascent(20)).isCloseTo(metrics.getAscent(), within(1e-3));
        assertThat(FontTableMeasurer.shared().descent(20)).isCloseTo(metrics.getDescent(), within(1e-3));
    }

    /** What AWT advances a string by, character by character as the layout counts (no shaping, no kerning). */
    private static double advances(Font font, String text) {
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            String unit = Character.isHighSurrogate(c) ? "M" : String.valueOf(c);
            total += font.createGlyphVector(UNHINTED, unit).getGlyphMetrics(0).getAdvanceX();
        }
        return total;
    }

    private static Font awt(FontFace face, float size) throws Exception {
        try (InputStream in = face.open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        }
    }
}
