package app.masa.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.product.ThirdPartyNotices;
import app.masa.product.ThirdPartyNotices.Component;
import app.masa.product.Version;
import app.masa.ui.dialog.AboutDialog;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > About shows the version, the licence, the icon and every bundled work with its licence. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                if (window instanceof Stage other && other != stage) {
                    other.close();
                }
            }
        });
    }

    @Test
    void showsVersionLicenceIconAndTheBundledWorks(FxRobot robot) {
        Platform.runLater(() -> AboutDialog.show(stage));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String notices = robot.from(pane).lookup(".text-area").queryAs(TextArea.class).getText();
        List<String> labels = robot.from(pane).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();

        assertThat(pane.getHeaderText()).contains(Version.current());
        assertThat(labels).contains(Messages.get("about.licence"), Messages.get("about.notices.heading"));
        for (Component component : ThirdPartyNotices.components()) {
            assertThat(notices).contains(
                    Messages.get("about.notice.line", component.name(), component.version(), component.licence()));
        }
        ImageView icon = (ImageView) pane.getGraphic();
        assertThat(icon.getImage().isError()).isFalse();
        assertThat(icon.getImage().getWidth()).isEqualTo(64);
    }
}
