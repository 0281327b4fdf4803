package app.masa.ui.rtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.layout.FontTableMeasurer;
import app.masa.ui.text.BundledFonts;
import com.sun.javafx.scene.text.TextLayout;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Spaces, commas, quotes, colons and bullets inside Hebrew are shaped by the platform's text shaper,
 * not by the layout's measurer; both must give them the same width, or the canvas draws them on top
 * of the next letter (as a font holding two glyphs for one character, chosen by script, once did).
 */
@ExtendWith(ApplicationExtension.class)
class PunctuationInHebrewTest {
    private static final String SENTENCE = "רץ חובב, מתאמן: \"חצי מרתון\" • SMS: הדגם הגיע (24 שעות).";

    @Start
    void start(Stage stage) {
        BundledFonts.load();
    }

    @Test
    void aHebrewSentenceIsAsWideOnScreenAsTheLayoutMeasuredIt() {
        LaidOutText laidOut = LaidOutText.of(SENTENCE, TextLayout.DIRECTION_RTL, 0);
        double onScreen = laidOut.lines().get(0).getBounds().getWidth();
        double measured = FontTableMeasurer.shared().width(SENTENCE, false, 13);
        assertThat(onScreen).isCloseTo(measured, within(0.5));
    }
}
