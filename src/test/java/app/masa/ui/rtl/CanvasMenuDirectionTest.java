package app.masa.ui.rtl;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.layout.Rect;
import app.masa.ui.ShellFixtures;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.common.ShellPreferences;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.event.Event;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas's menu reads in the interface's direction, although the canvas itself is left to
 * right: in Hebrew its items are right to left and it opens towards the reading end of the pointer.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasMenuDirectionTest {
    private Preferences node;
    private MainWindow window;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.forLanguageTag("he"));
        node = ShellFixtures.preferences();
        window = new MainWindow(stage, new DocumentSession(ShellFixtures.document(), null), new ShellPreferences(node),
                ShellFixtures.sources());
        window.show();
        canvas = (MapCanvas) window.canvas().node();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(ContextMenu.class::isInstance)
                .forEach(Window::hide));
        robot.interact(() -> window.switchLanguage(Locale.ENGLISH));
        ShellFixtures.dispose(node);
    }

    @Test
    void aCardsMenuInHebrewIsRightToLeftAndOpensToTheLeftOfThePointer(FxRobot robot) {
        Rect card = canvas.currentLayout().cards().get(0).bounds();
        Point2D screen = canvas.screenPointOf(card.centerX(), card.centerY());
        robot.interact(() -> {
            Point2D scene = canvas.getScene().getRoot().screenToLocal(screen);
            Event.fireEvent(canvas, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(),
                    scene.getY(), screen.getX(), screen.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();

        ContextMenu menu = Window.getWindows().stream().filter(ContextMenu.class::isInstance)
                .map(ContextMenu.class::cast).filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(menu.getScene().getRoot().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(menu.getX()).isLessThan(screen.getX());
        assertThat(menu.getX() + menu.getWidth()).isGreaterThan(screen.getX() - 20);
    }
}
