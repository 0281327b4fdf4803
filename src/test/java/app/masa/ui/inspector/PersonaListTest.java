package app.masa.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Persona;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.common.Subscriptions;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The personas in the map inspector, in a right-to-left window: listed whole, never scrolled sideways. */
@InterfaceLanguage("he")
@ExtendWith(ApplicationExtension.class)
class PersonaListTest {
    @Start
    void start(Stage stage) {
        JourneyMap map = new JourneyMap("m", "חנות ירקות", "", "he", Direction.RTL,
                EmotionScale.centred(List.of("רע מאוד", "רע", "ניטרלי", "טוב", "טוב מאוד")),
                List.of(Persona.of("p-1", "נועה").withRole("אמא לשלושה, עובדת במשרה מלאה ומזמינה בערב")),
                List.of(app.masa.model.Stage.of("s-1", "מודעות")), List.of(Lane.of("l-1", "נקודות מגע", LaneKind.CARDS)),
                List.of(), List.of(), null, null, null);
        Scene scene = new Scene(new StackPane(new Inspector(new DocumentSession(JourneyFile.of(map), null),
                new Subscriptions()).node()), 300, 740);
        scene.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLongPersonaInARightToLeftWindowNeedsNoSidewaysScrolling(FxRobot robot) {
        ListView<?> list = robot.lookup("#inspector-personas").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        List<ScrollBar> sideways = robot.from(list).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(bar -> bar.getOrientation() == Orientation.HORIZONTAL).toList();

        assertThat(sideways).allSatisfy(bar -> assertThat(bar.isVisible()).isFalse());
    }
}
