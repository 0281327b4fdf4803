package app.masa.ui.text;


import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.font.CharToGlyphMapper;
import com.sun.javafx.font.PGFont;
import com.sun.javafx.font.PrismFontFactory;
import com.sun.javafx.geom.transform.BaseTransform;
import com.sun.javafx.scene.text.FontHelper;
import com.sun.javafx.text.GlyphLayout;
import com.sun.javafx.text.TextRun;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A run made by Masa's shaper stays whole even when JavaFX's own faulty shaper gets to shape it
 * (which happens when another thread holds the shared one): cut short at a line end, again and
 * again, each piece draws the glyphs of its own characters; and it never draws a direction mark.
 */
@ExtendWith(ApplicationExtension.class)
class SelfCheckingRunTest {
    private static final String SCENARIO = "נועה מזמינה לראשונה מהחנות, מפוסט בפיד ועד ההזמנה הבאה.";

    @Start
    void start(Stage stage) {
        BundledFonts.load();
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void aRunCutShortAgainAndAgainByTheFaultyShaperKeepsOnlyItsOwnGlyphs(FxRobot robot) {
        List<int[]> glyphsAndChars = new ArrayList<>();
        robot.interact(() -> {
            char[] text = SCENARIO.toCharArray();
            PGFont font = font();
            GlyphLayout faulty = PrismFontFactory.getFontFactory().createGlyphLayout();
            TextRun run = run(text, font);
            // As a text layout wraps: shape, cut at the line end, shape the line again, go on with the rest.
            for (int cut : new int[] {20, 15, 12}) {
                faulty.layout(run, font, font.getStrike(BaseTransform.IDENTITY_TRANSFORM), text);
                TextRun rest = run.split(cut);
                faulty.layout(run, font, font.getStrike(BaseTransform.IDENTITY_TRANSFORM), text);
                glyphsAndChars.add(new int[] {run.getGlyphCount(), run.getLength()});
                run = rest;
            }
            faulty.layout(run, font, font.getStrike(BaseTransform.IDENTITY_TRANSFORM), text);
            glyphsAndChars.add(new int[] {run.getGlyphCount(), run.getLength()});
            faulty.dispose();
        });

        assertThat(glyphsAndChars).hasSize(4).allSatisfy(piece -> assertThat(piece[0]).isEqualTo(piece[1]));
        assertThat(glyphsAndChars.stream().mapToInt(piece -> piece[1]).sum()).isEqualTo(SCENARIO.length());
    }

    @Test
    void aRunNeverDrawsItsDirectionMarks(FxRobot robot) {
        String marked = "ייצוא (PDF,\u200F PNG\u200E) \u2067שלום\u2069 \u061Cעולם";
        List<Character> drawn = new ArrayList<>();
        robot.interact(() -> {
            char[] text = marked.toCharArray();
            PGFont font = font();
            TextRun run = run(text, font);
            GlyphLayout faulty = PrismFontFactory.getFontFactory().createGlyphLayout();
            faulty.layout(run, font, font.getStrike(BaseTransform.IDENTITY_TRANSFORM), text);
            faulty.dispose();
            for (int i = 0; i < run.getGlyphCount(); i++) {
                if (run.getGlyphCode(i) != CharToGlyphMapper.INVISIBLE_GLYPH_ID) {
                    drawn.add(text[run.getCharOffset(i)]);
                }
            }
        });

        assertThat(drawn).hasSize(marked.length() - 5).allSatisfy(c -> assertThat(InvisibleMarks.isInvisible(c)).isFalse());
    }

    private static PGFont font() {
        return (PGFont) FontHelper.getNativeFont(Font.font(BundledFonts.FAMILY, 13));
    }

    private static TextRun run(char[] text, PGFont font) {
        TextInternals internals;
        try {
            internals = TextInternals.find();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        FreshShaperPerRun shaper = new FreshShaperPerRun(PrismFontFactory.getFontFactory(), internals);
        return new SelfCheckingRun(0, text.length, (byte) 1, null, text, font, shaper, internals);
    }
}
