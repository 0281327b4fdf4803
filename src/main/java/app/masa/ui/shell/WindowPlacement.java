package app.masa.ui.shell;

import app.masa.ui.common.ShellPreferences;

import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Puts the window back where the user left it, if that place is still on a screen. */
final class WindowPlacement {
    private WindowPlacement() {
    }

    static void restore(Stage stage, ShellPreferences preferences, double width, double height) {
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        place(stage, preferences, width, height);
        // Under a window manager JavaFX on Linux drops the bounds given before the window is mapped
        // and opens it at its minimum size: give them again once it is shown.
        EventHandler<WindowEvent> again = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                place(stage, preferences, width, height);
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, again);
    }

    private static void place(Stage stage, ShellPreferences preferences, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMaximized(false);
        var saved = preferences.windowBounds();
        if (saved.isEmpty()) {
            // Never larger than the screen, so a small laptop display shows the whole window.
            stage.setWidth(Math.min(width, screen.getWidth()));
            stage.setHeight(Math.min(height, screen.getHeight()));
            stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
            return;
        }
        ShellPreferences.WindowBounds b = saved.get();
        stage.setWidth(Math.min(b.width(), screen.getWidth()));
        stage.setHeight(Math.min(b.height(), screen.getHeight()));
        boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty();
        if (visible) {
            stage.setX(b.x());
            stage.setY(b.y());
        }
        stage.setMaximized(b.maximized());
    }

    static void remember(Stage stage, ShellPreferences preferences) {
        if (stage.getWidth() > 0 && stage.getHeight() > 0) {
            preferences.setWindowBounds(new ShellPreferences.WindowBounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        }
    }
}
