package app.masa.ui;

import app.masa.i18n.Messages;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The designer's main window on the fixture document, in English, with preferences of its own. */
public record DesignerWindowFixture(Stage stage, Preferences node, DocumentSession session, MainWindow window) {

    /** Opens the window on the test's stage; call from the test's start method. */
    public static DesignerWindowFixture show(Stage stage) {
        return show(stage, ShellFixtures.document());
    }

    /** The same on a document of the test's own. */
    public static DesignerWindowFixture show(Stage stage, app.masa.model.JourneyFile document) {
        Messages.setLocale(Locale.ENGLISH);
        Preferences node = ShellFixtures.preferences();
        DocumentSession session = new DocumentSession(document, null);
        MainWindow window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
        return new DesignerWindowFixture(stage, node, session, window);
    }

    /** Closes the dialogs and windows a test left open, all but the main one, and drops the preferences. */
    public void cleanUp(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s != stage).forEach(w -> ((Stage) w).close()));
        ShellFixtures.dispose(node);
    }

    /** Waits until the condition holds (work on other threads), then for the events it caused. */
    public static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
