package app.masa.ui.rtl;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.ui.text.BundledFonts;
import app.masa.ui.text.WrappedComplexTextFix;
import com.sun.javafx.font.PGFont;
import com.sun.javafx.font.PrismFontFactory;
import com.sun.javafx.geom.transform.BaseTransform;
import com.sun.javafx.scene.text.FontHelper;
import com.sun.javafx.scene.text.TextLayout;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Wrapped Hebrew is drawn one line at a time: every line carries the glyphs of its own words only,
 * so no line runs past its start edge and no word shows up twice. Labels, hyperlinks, tooltips,
 * menus and text areas all lay their text out through the text layout checked here.
 */
@ExtendWith(ApplicationExtension.class)
class WrappedHebrewTextTest {
    private static final String SCENARIO = "נועה מזמינה לראשונה מהחנות, מפוסט בפיד ועד ההזמנה הבאה.";
    private static final String MIXED = "הזמנה ראשונה ב-Instagram: קופון של 10% על סל ב-₪120 (עד 31.12), ואז משלוח עד הבית.";
    private static final String PANGO_SHAPER = "com.sun.javafx.font.freetype.PangoGlyphLayout";

    @Start
    void start(Stage stage) {
        BundledFonts.load();
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(ints = {TextLayout.DIRECTION_RTL, TextLayout.DIRECTION_LTR})
    void eachWrappedLineOfHebrewCarriesOnlyItsOwnGlyphs(int direction, FxRobot robot) {
        List<LaidOutText> laidOut = new ArrayList<>();
        robot.interact(() -> {
            laidOut.add(LaidOutText.of(SCENARIO, direction, 160));
            laidOut.add(LaidOutText.of(MIXED, direction, 180));
        });

        assertThat(laidOut).allSatisfy(text -> {
            assertThat(text.lines()).hasSizeGreaterThan(1);
            // The bundled font draws every Hebrew, Latin and digit character as one glyph.
            assertThat(text.glyphsAndCharsPerLine()).allSatisfy(line -> assertThat(line[0]).isEqualTo(line[1]));
        });
    }

    /**
     * The canvas draws its Hebrew on JavaFX's render thread while the controls lay theirs out on the
     * JavaFX thread. JavaFX lends both one shared shaper; a layout that finds it lent out gets the
     * faulty one. The inspector's scenario came out garbled that way after File > New from template.
     */
    @Test
    void wrappedHebrewStaysWholeWhileAnotherThreadLaysOutHebrew(FxRobot robot) throws Exception {
        List<LaidOutText> laidOut = new ArrayList<>();
        try (HebrewOnAnotherThread canvas = HebrewOnAnotherThread.start()) {
            int before = canvas.layouts();
            robot.interact(() -> {
                for (int i = 0; i < 300; i++) {
                    laidOut.add(LaidOutText.of(i % 2 == 0 ? SCENARIO : MIXED, TextLayout.DIRECTION_RTL, 160 + i % 40));
                }
            });
            assertThat(canvas.layouts()).as("the other thread kept laying out").isGreaterThan(before);
        }

        assertThat(laidOut).allSatisfy(text -> assertThat(text.everyLineDrawsItsOwnCharactersOnly())
                .as("every line of %s", text.glyphsAndCharsPerLine().stream().map(l -> l[0] + "/" + l[1]).toList())
                .isTrue());
    }

    /** The render thread, descheduled while it holds the shared shaper, keeps nothing from the controls. */
    @Test
    void wrappedHebrewStaysWholeWhileAnotherThreadHoldsTheSharedShaper(FxRobot robot) throws Exception {
        List<LaidOutText> laidOut = new ArrayList<>();
        try (SharedShaperHeldElsewhere held = SharedShaperHeldElsewhere.take()) {
            robot.interact(() -> {
                laidOut.add(LaidOutText.of(SCENARIO, TextLayout.DIRECTION_RTL, 160));
                laidOut.add(LaidOutText.of(MIXED, TextLayout.DIRECTION_LTR, 180));
            });
        }

        assertThat(laidOut).allSatisfy(text -> assertThat(text.glyphsAndCharsPerLine())
                .allSatisfy(line -> assertThat(line[0]).isEqualTo(line[1])));
    }

    /**
     * Decision 0007 measured: JavaFX's own Linux shaper, given a run it has shaped and that was then
     * cut short at a line end, still shapes the whole run it was. When this fails, JavaFX has fixed
     * the fault and {@code WrappedComplexTextFix} can go.
     */
    @Test
    void javaFxsOwnShaperStillShapesARunCutShortAsTheWholeRun(FxRobot robot) {
        int[] glyphsOfCutRun = new int[1];
        String[] shaper = new String[1];
        robot.interact(() -> {
            char[] text = SCENARIO.toCharArray();
            PGFont font = (PGFont) FontHelper.getNativeFont(Font.font(BundledFonts.FAMILY, 13));
            GlyphLayout own = PrismFontFactory.getFontFactory().createGlyphLayout();
            shaper[0] = own.getClass().getName();
            TextRun run = new TextRun(0, text.length, (byte) 1, true, 0, null, 0, false);
            own.layout(run, font, font.getStrike(BaseTransform.IDENTITY_TRANSFORM), text);
            run.split(20);
            own.layout(run, font, font.getStrike(BaseTransform.IDENTITY_TRANSFORM), text);
            glyphsOfCutRun[0] = run.getGlyphCount();
            own.dispose();
        });

        if (shaper[0].equals(PANGO_SHAPER)) {
            assertThat(glyphsOfCutRun[0]).as("glyphs of a run cut to 20 characters").isEqualTo(SCENARIO.length());
            assertThat(WrappedComplexTextFix.isInstalled()).isTrue();
        } else {
            assertThat(glyphsOfCutRun[0]).isEqualTo(20);
            assertThat(WrappedComplexTextFix.isInstalled()).isFalse();
        }
    }
}
