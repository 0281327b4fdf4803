package app.masa.ui.shell;

import app.masa.ui.common.ShellPreferences;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One command hides the card palette and the inspector together, so the map gets the window's width. */
@InterfaceLanguage("en")
@ExtendWith(ApplicationExtension.class)
class SidePanelsTest {
    private Preferences node;
    private DocumentSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        node = ShellFixtures.preferences();
        session = new DocumentSession(ShellFixtures.document(), null);
        window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s != stage) {
                    s.close();
                }
            }
        });
        ShellFixtures.dispose(node);
    }

    @Test
    void f9HidesBothPanelsSoTheMapTakesTheWholeWidthAndF9BringsThemBack(FxRobot robot) {
        Node map = window.canvas().node();
        double narrow = map.getLayoutBounds().getWidth();
        assertThat(panelsShown(robot)).isTrue();

        robot.clickOn(map);
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(panelsShown(robot)).isFalse();
        assertThat(split(robot).getItems()).hasSize(1);
        assertThat(map.getLayoutBounds().getWidth()).isGreaterThan(narrow + 300)
                .isGreaterThan(stage.getScene().getWidth() - 40);
        assertThat(new ShellPreferences(node).sidePanels()).isFalse();
        assertThat(map.isFocused()).as("the keyboard stays with the map").isTrue();

        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(panelsShown(robot)).isTrue();
        assertThat(map.getLayoutBounds().getWidth()).isCloseTo(narrow, org.assertj.core.data.Offset.offset(2.0));
        assertThat(new ShellPreferences(node).sidePanels()).isTrue();
    }

    @Test
    void theToolBarToggleAndTheViewMenuShowTheSameState(FxRobot robot) {
        ToggleButton toggle = robot.lookup("#ui-tool-sidePanels").queryAs(ToggleButton.class);
        assertThat(toggle.isSelected()).isTrue();

        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(panelsShown(robot)).isFalse();
        assertThat(toggle.isSelected()).isFalse();
        assertThat(menuItem(robot).isSelected()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(panelsShown(robot)).as("Ctrl+Shift+P, the second shortcut").isTrue();
        assertThat(toggle.isSelected()).isTrue();
        assertThat(menuItem(robot).isSelected()).isTrue();
        assertThat(session.document()).as("a way of looking, not an edit").isEqualTo(ShellFixtures.document());
    }

    @Test
    void hiddenPanelsStayHiddenInTheNextWindowAndAfterALanguageSwitch(FxRobot robot) {
        robot.interact(window::toggleSidePanels);
        robot.interact(() -> window.switchLanguage(Locale.forLanguageTag("he")));
        assertThat(panelsShown(robot)).isFalse();

        Stage[] next = new Stage[1];
        robot.interact(() -> {
            next[0] = new Stage();
            new MainWindow(next[0], new DocumentSession(ShellFixtures.document(), null), new ShellPreferences(node),
                    ShellFixtures.sources()).show();
        });
        SplitPane split = (SplitPane) next[0].getScene().lookup("#main-split");
        assertThat(split.getItems()).hasSize(1);
        assertThat(next[0].getScene().lookup(".palette")).isNull();
    }

    private static boolean panelsShown(FxRobot robot) {
        SplitPane split = split(robot);
        boolean palette = split.getItems().stream().anyMatch(n -> n.getStyleClass().contains("palette"));
        boolean inspector = split.lookup(".inspector") != null;
        assertThat(palette).as("palette and inspector go together").isEqualTo(inspector);
        return palette;
    }

    private static SplitPane split(FxRobot robot) {
        return robot.lookup("#main-split").queryAs(SplitPane.class);
    }

    private static CheckMenuItem menuItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return (CheckMenuItem) bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-view-sidePanels".equals(i.getId())).findFirst().orElseThrow();
    }
}
