package app.masa.ui.rtl;

import static app.masa.ui.DesignerWindowFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.io.TemplateInfo;
import app.masa.ui.ShellFixtures;
import app.masa.ui.files.DocumentSources;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.text.BundledFonts;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File > New from template in the Hebrew interface, the Hebrew organic grocer: its scenario shows
 * whole in the inspector. It used to show the end of the sentence over its start, the first line
 * running past the field, when the canvas (drawing the new map on the render thread) held the text
 * shaper JavaFX shares at that moment.
 */
@ExtendWith(ApplicationExtension.class)
class NewFromTemplateInHebrewTest {
    private static final Locale HEBREW = Locale.forLanguageTag("he");
    private static final String SCENARIO = "ההזמנה הראשונה של נועה מהחנות, מפוסט בפיד ועד ההזמנה הבאה."
            + " המספרים, המסלולים והצבעת הנקודות להמחשה בלבד: החליפו אותם בשלכם.";

    private Stage stage;
    private Preferences node;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
        Messages.setLocale(HEBREW);
        node = ShellFixtures.preferences();
        window = new MainWindow(stage, new DocumentSession(ShellFixtures.document(), null), new ShellPreferences(node),
                DocumentSources.builtIn());
        window.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof Stage s && s != stage)
                    .forEach(w -> ((Stage) w).close());
            window.switchLanguage(Locale.ENGLISH);
        });
        ShellFixtures.dispose(node);
    }

    @Test
    void theHebrewGrocersScenarioIsDrawnWholeWhileTheCanvasHoldsTheSharedShaper(FxRobot robot) throws Exception {
        try (SharedShaperHeldElsewhere canvas = SharedShaperHeldElsewhere.take()) {
            chooseTemplate(robot, "organic-grocer", "he");
            await(() -> SCENARIO.equals(window.session().currentMap().scenario()));
        }
        TextArea scenario = robot.lookup("#inspector-map-scenario").queryAs(TextArea.class);
        assertThat(scenario.getText()).isEqualTo(SCENARIO);
        SplitPane split = robot.lookup("#main-split").queryAs(SplitPane.class);

        List<String> garbled = new ArrayList<>();
        // Narrower and wider inspectors wrap the sentence anew, each time while the canvas holds the shaper.
        for (int step = 0; step < 16; step++) {
            double at = 0.77 - step * 0.01;
            try (SharedShaperHeldElsewhere canvas = SharedShaperHeldElsewhere.take()) {
                robot.interact(() -> split.setDividerPosition(1, at));
            }
            robot.interact(() -> {
                Text lines = (Text) scenario.lookup(".text");
                // The area the lines of the sentence cover; a garbled first line covers the whole
                // sentence. A line may end in a space the field does not hold (about 4 pixels).
                Bounds drawn = new Path(lines.rangeShape(0, SCENARIO.length())).getLayoutBounds();
                if (drawn.getWidth() > lines.getWrappingWidth() + 5) {
                    garbled.add("wrapped at " + lines.getWrappingWidth() + ", drawn " + drawn.getWidth() + " wide");
                }
            });
        }
        assertThat(garbled).as("lines of the scenario running past the field").isEmpty();
    }

    /** File > New: the template and the language of its map, then Create. */
    @SuppressWarnings("unchecked")
    private void chooseTemplate(FxRobot robot, String templateId, String language) throws Exception {
        Platform.runLater(() -> window.files().newFromTemplate());
        await(() -> Window.getWindows().size() > 1);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ListView<TemplateInfo> templates = robot.from(dialog).lookup(".list-view").queryAs(ListView.class);
        ComboBox<String> languages = robot.from(dialog).lookup(".combo-box").queryAs(ComboBox.class);
        robot.interact(() -> {
            templates.getSelectionModel().select(templates.getItems().stream()
                    .filter(t -> t.id().equals(templateId)).findFirst().orElseThrow());
            languages.setValue(language);
        });
        Node create = robot.from(dialog).lookup(".button")
                .match((Button b) -> b.getText().equals(Messages.get("dialog.new.create"))).query();
        robot.clickOn(create);
    }
}
