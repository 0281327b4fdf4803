package app.masa.ui.rtl;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.ui.shell.BundledFonts;
import com.sun.javafx.scene.text.FontHelper;
import com.sun.javafx.scene.text.GlyphList;
import com.sun.javafx.scene.text.TextLayout;
import com.sun.javafx.scene.text.TextLine;
import com.sun.javafx.tk.Toolkit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Wrapped Hebrew is drawn one line at a time: every line carries the glyphs of its own words only,
 * so no line runs past its start edge and no word shows up twice. Labels, hyperlinks and text
 * areas all lay their text out through the text layout checked here.
 */
@ExtendWith(ApplicationExtension.class)
class WrappedHebrewTextTest {
    private static final String SCENARIO = "נועה מזמינה לראשונה מהחנות, מפוסט בפיד ועד ההזמנה הבאה.";
    private static final String MIXED = "הזמנה ראשונה ב-Instagram: קופון של 10% על סל ב-₪120 (עד 31.12), ואז משלוח עד הבית.";

    @Start
    void start(Stage stage) {
        BundledFonts.load();
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(ints = {TextLayout.DIRECTION_RTL, TextLayout.DIRECTION_LTR})
    void eachWrappedLineOfHebrewCarriesOnlyItsOwnGlyphs(int direction, FxRobot robot) {
        List<int[]> scenario = new ArrayList<>();
        List<int[]> mixed = new ArrayList<>();
        robot.interact(() -> {
            scenario.addAll(glyphsAndCharsPerLine(SCENARIO, direction, 160));
            mixed.addAll(glyphsAndCharsPerLine(MIXED, direction, 180));
        });

        assertThat(scenario).hasSizeGreaterThan(1);
        assertThat(mixed).hasSizeGreaterThan(1);
        // DejaVu Sans draws every Hebrew, Latin and digit character as one glyph.
        assertThat(scenario).allSatisfy(line -> assertThat(line[0]).isEqualTo(line[1]));
        assertThat(mixed).allSatisfy(line -> assertThat(line[0]).isEqualTo(line[1]));
    }

    /** For each line: how many glyphs it will draw, and how many characters of the text it holds. */
    private static List<int[]> glyphsAndCharsPerLine(String text, int direction, float width) {
        TextLayout layout = Toolkit.getToolkit().getTextLayoutFactory().createLayout();
        layout.setContent(text, FontHelper.getNativeFont(Font.font(BundledFonts.FAMILY, 13)));
        layout.setDirection(direction);
        layout.setWrapWidth(width);
        List<int[]> lines = new ArrayList<>();
        for (TextLine line : layout.getLines()) {
            int glyphs = 0;
            for (GlyphList run : line.getRuns()) {
                glyphs += run.getGlyphCount();
            }
            lines.add(new int[] {glyphs, line.getLength()});
        }
        return lines;
    }
}
