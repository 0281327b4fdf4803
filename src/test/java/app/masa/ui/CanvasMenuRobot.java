package app.masa.ui;

import app.masa.i18n.Messages;
import app.masa.layout.Rect;
import app.masa.ui.canvas.MapCanvas;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.ContextMenuEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the canvas's menu on a thing and picks one of its items, as a right click and a click would. */
public final class CanvasMenuRobot {
    private CanvasMenuRobot() {
    }

    public static void pick(FxRobot robot, MapCanvas canvas, Rect on, String itemKey) {
        Point2D screen = canvas.screenPointOf(on.centerX(), on.centerY());
        Point2D scene = canvas.getScene().getRoot().screenToLocal(screen);
        // The headless robot's right click raises no context-menu request; a system would.
        robot.interact(() -> Event.fireEvent(canvas, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".context-menu .label").<Labeled>match(
                l -> Messages.get(itemKey).equals(l.getText())).<Node>query());
    }
}
