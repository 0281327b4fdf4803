package app.masa.ui.rtl;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.ui.ShellFixtures;
import app.masa.ui.common.HoverTips;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.text.BundledFonts;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import com.sun.javafx.scene.text.TextLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;
import java.util.regex.Pattern;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Direction marks and isolates steer the order of mixed Hebrew and English and are never drawn: no
 * box where the Hebrew File menu, a tooltip or a user's text holds one.
 */
@ExtendWith(ApplicationExtension.class)
class DirectionMarksTest {
    private static final Pattern MARK = Pattern.compile("[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069]");
    private static final Locale HEBREW = Locale.forLanguageTag("he");

    private Preferences node;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        BundledFonts.load();
        Messages.setLocale(HEBREW);
        node = ShellFixtures.preferences();
        window = new MainWindow(stage, new DocumentSession(ShellFixtures.document(), null), new ShellPreferences(node),
                ShellFixtures.sources());
        window.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> window.switchLanguage(Locale.ENGLISH));
        ShellFixtures.dispose(node);
    }

    @Test
    void theHebrewFileMenuAndToolTipsDrawNoBoxForTheirMarks(FxRobot robot) {
        MenuBar bar = robot.from(window.scene().getRoot()).lookup(".menu-bar").query();
        Menu file = bar.getMenus().get(0);
        List<String> shown = new ArrayList<>(file.getItems().stream().map(MenuItem::getText)
                .filter(t -> t != null).toList());
        robot.lookup(".tool-bar .button").queryAllAs(Button.class).stream()
                .map(HoverTips::textOf).filter(t -> t != null).forEach(shown::add);
        assertThat(shown).as("the File menu and the tool bar show marks").anyMatch(t -> MARK.matcher(t).find());

        assertThat(marksDrawn(robot, shown)).isEmpty();
    }

    @Test
    void noMessageOfEitherLanguageDrawsItsMarks(FxRobot robot) {
        List<String> marked = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, HEBREW)) {
            ResourceBundle bundle = Messages.bundle(locale);
            bundle.keySet().stream().map(bundle::getString).filter(t -> MARK.matcher(t).find()).forEach(marked::add);
        }
        assertThat(marked).hasSizeGreaterThan(5);

        assertThat(marksDrawn(robot, marked)).isEmpty();
    }

    /** A user's own text: marks and isolates typed into a card, in Latin-only text as in Hebrew. */
    @Test
    void marksInAUsersTextAreNotDrawnEither(FxRobot robot) {
        List<String> typed = List.of(
                "Order \u2066#4512\u2069 shipped", "a\u2067b\u2069c", "x\u061Cy", "Plan\u200B B",
                "ההזמנה \u2066#4512\u2069 נשלחה", "\u200F+2 נקודות", "קופון \u202A10%\u202C");

        assertThat(marksDrawn(robot, typed)).isEmpty();
    }

    /** The marks each text would draw, laid out in both directions, on one line and wrapped. */
    private static List<String> marksDrawn(FxRobot robot, List<String> texts) {
        List<String> drawn = new ArrayList<>();
        robot.interact(() -> {
            for (String text : texts) {
                for (int direction : new int[] {TextLayout.DIRECTION_LTR, TextLayout.DIRECTION_RTL}) {
                    for (float wrap : new float[] {0, 90}) {
                        LaidOutText.of(text, direction, wrap).drawnCharacters().stream()
                                .filter(c -> MARK.matcher(String.valueOf(c)).matches())
                                .forEach(c -> drawn.add(String.format("U+%04X in %s", (int) c, text)));
                    }
                }
            }
        });
        return drawn;
    }
}
