package app.masa.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import app.masa.layout.Theme;
import app.masa.model.Direction;
import app.masa.ui.ShellFixtures;
import app.masa.ui.analysis.NumbersWindow;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import app.masa.ui.common.ThemeChoice;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.css.PseudoClass;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Light, dark and projector looks: switched from the View menu at any time, and remembered. */
@InterfaceLanguage("en")
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {
    private static final PseudoClass PROJECTOR = PseudoClass.getPseudoClass("projector");

    private Preferences node;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        node = ShellFixtures.preferences();
        window = new MainWindow(stage, new DocumentSession(WorkshopFixtures.document(Direction.LTR), null),
                new ShellPreferences(node), ShellFixtures.sources());
        window.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s != stage) {
                    s.close();
                }
            }
            window.switchTheme(ThemeChoice.LIGHT);
        });
        ShellFixtures.dispose(node);
    }

    private MapCanvas canvas(MainWindow w) {
        return (MapCanvas) w.canvas().node();
    }

    private void chooseTheme(FxRobot robot, MainWindow w, String id) {
        MenuBar bar = robot.from(w.scene().getRoot()).lookup(".menu-bar").query();
        Menu view = bar.getMenus().get(2);
        Menu themes = (Menu) view.getItems().stream()
                .filter(i -> i instanceof Menu m && m.getText().equals(Messages.get("menu.view.theme")))
                .findFirst().orElseThrow();
        MenuItem item = themes.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    @Test
    void theProjectorThemeEnlargesTheInterfaceDressesTheMapAndIsRemembered(FxRobot robot) {
        assertThat(canvas(window).layoutOptionsProperty().get().theme()).isEqualTo(Theme.LIGHT);

        chooseTheme(robot, window, "menu-theme-projector");
        assertThat(canvas(window).layoutOptionsProperty().get().theme()).isEqualTo(Theme.PROJECTOR);
        assertThat(canvas(window).currentLayout().style().theme()).isEqualTo(Theme.PROJECTOR);
        assertThat(window.scene().getRoot().getPseudoClassStates()).contains(PROJECTOR);
        assertThat(new ShellPreferences(node).theme()).isEqualTo(ThemeChoice.PROJECTOR);

        // A window opened later (the next run) starts in the remembered look.
        Stage[] second = new Stage[1];
        MainWindow[] reopened = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new Stage();
            reopened[0] = new MainWindow(second[0], new DocumentSession(WorkshopFixtures.document(Direction.LTR), null),
                    new ShellPreferences(node), ShellFixtures.sources());
            reopened[0].show();
        });
        assertThat(canvas(reopened[0]).layoutOptionsProperty().get().theme()).isEqualTo(Theme.PROJECTOR);
        assertThat(reopened[0].scene().getRoot().getPseudoClassStates()).contains(PROJECTOR);

        chooseTheme(robot, window, "menu-theme-dark");
        assertThat(canvas(window).layoutOptionsProperty().get().theme()).isEqualTo(Theme.DARK);
        assertThat(window.scene().getRoot().getPseudoClassStates()).doesNotContain(PROJECTOR);
    }

    /** One switch reaches every open window: a second designer window and a tool window beside them. */
    @Test
    void aSwitchOfTheLookReachesEveryOpenWindowAtOnce(FxRobot robot) {
        Stage[] second = new Stage[1];
        MainWindow[] other = new MainWindow[1];
        Stage[] tool = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            other[0] = new MainWindow(second[0], new DocumentSession(WorkshopFixtures.document(Direction.LTR), null),
                    new ShellPreferences(node), ShellFixtures.sources());
            other[0].show();
            tool[0] = new Stage();
            tool[0].initOwner(stage);
            tool[0].setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
            tool[0].show();
        });

        chooseTheme(robot, window, "menu-theme-projector");

        assertThat(other[0].scene().getRoot().getPseudoClassStates()).contains(PROJECTOR);
        assertThat(canvas(other[0]).layoutOptionsProperty().get().theme()).isEqualTo(Theme.PROJECTOR);
        assertThat(tool[0].getScene().getRoot().getPseudoClassStates()).contains(PROJECTOR);
        assertThat(other[0].theme()).isEqualTo(ThemeChoice.PROJECTOR);

        chooseTheme(robot, other[0], "menu-theme-dark");

        assertThat(canvas(window).layoutOptionsProperty().get().theme()).isEqualTo(Theme.DARK);
        assertThat(window.scene().getRoot().getPseudoClassStates()).doesNotContain(PROJECTOR)
                .contains(PseudoClass.getPseudoClass("dark"));
        assertThat(tool[0].getScene().getRoot().getPseudoClassStates()).doesNotContain(PROJECTOR);
    }

    /** The Numbers window builds its panes anew on a language switch; they keep the projector look. */
    @Test
    void theNumbersWindowTakesTheLookAndTheLanguageOfOneSwitchEach(FxRobot robot) {
        Stage[] numbers = new Stage[1];
        robot.interact(() -> numbers[0] = NumbersWindow.show(stage, window.session()));

        chooseTheme(robot, window, "menu-theme-projector");
        assertThat(numbers[0].getScene().getRoot().getPseudoClassStates()).contains(PROJECTOR);

        Locale hebrew = Locale.forLanguageTag("he");
        robot.interact(() -> window.switchLanguage(hebrew));

        String mapTitle = window.session().currentMap().title();
        assertThat(numbers[0].getTitle()).isEqualTo(Messages.get(hebrew, "analysis.numbers.title", mapTitle));
        assertThat(numbers[0].getScene().getRoot().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(window.scene().getRoot().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(numbers[0].getScene().getRoot().getPseudoClassStates()).contains(PROJECTOR);
        assertThat(window.scene().getRoot().getPseudoClassStates()).contains(PROJECTOR);
    }

    @Test
    void theLookSurvivesASwitchOfTheInterfaceLanguage(FxRobot robot) {
        chooseTheme(robot, window, "menu-theme-projector");
        robot.interact(() -> window.switchLanguage(Locale.forLanguageTag("he")));
        assertThat(window.scene().getRoot().getPseudoClassStates()).contains(PROJECTOR);
        assertThat(canvas(window).layoutOptionsProperty().get().theme()).isEqualTo(Theme.PROJECTOR);
        robot.interact(() -> window.switchLanguage(Locale.ENGLISH));
    }
}
