package app.masa.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.edit.Edits;
import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import app.masa.model.Direction;
import app.masa.model.DotVote;
import app.masa.room.IncomingCard;
import app.masa.ui.ShellFixtures;
import app.masa.ui.common.ShellPreferences;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The room from the facilitator's window, with phones simulated over HTTP on loopback. */
@InterfaceLanguage("en")
@ExtendWith(ApplicationExtension.class)
class RoomWindowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Preferences node;
    private Stage stage;
    private DocumentSession session;
    private Workshop workshop;
    private MainWindow window;

    @BeforeAll
    static void loopbackOnly() {
        System.setProperty(RoomAddressChoice.HOST_PROPERTY, "127.0.0.1");
    }

    @AfterAll
    static void forgetLoopback() {
        System.clearProperty(RoomAddressChoice.HOST_PROPERTY);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        node = ShellFixtures.preferences();
        session = new DocumentSession(WorkshopFixtures.document(Direction.LTR), null);
        window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
        workshop = Workshop.of(session, window.canvas().node());
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> {
            workshop.endRoom();
            if (workshop.presentation() != null) {
                workshop.presentation().close();
            }
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s != stage) {
                    s.close();
                }
            }
        });
        ShellFixtures.dispose(node);
    }

    @Test
    void aCardFromAPhoneWaitsThenEnterPutsItOnTheMapAsOneUndoStep(FxRobot robot) throws Exception {
        robot.interact(workshop::inviteRoom);
        RoomHost host = workshop.room();
        assertThat(workshop.roomWindow().isShowing()).isTrue();
        String code = host.link().orElseThrow().code().toString();
        assertThat(robot.lookup("#room-code").queryAs(Label.class).getText()).isEqualTo(code);
        assertThat(robot.lookup("#room-qr").tryQuery()).isPresent();

        String token = join(code, "Noa");
        send(token, "s-buy", "l-pain", "The card machine was down");
        awaitWaiting(host, 1);
        assertThat(robot.lookup("#room-joined").queryAs(Label.class).getText()).isEqualTo("One person has joined");

        ListView<IncomingCard> queue = robot.lookup("#room-queue").queryListView();
        robot.interact(() -> {
            workshop.roomWindow().stage().requestFocus();
            queue.getSelectionModel().select(0);
            queue.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(titles()).contains("The card machine was down");
        assertThat(host.queue()).isEmpty();
        robot.interact(session::undo);
        assertThat(titles()).doesNotContain("The card machine was down");
    }

    @Test
    void rejectedCardsAndTheCardsOfARemovedPersonNeverReachTheMap(FxRobot robot) throws Exception {
        robot.interact(workshop::inviteRoom);
        RoomHost host = workshop.room();
        String code = host.link().orElseThrow().code().toString();
        String noa = join(code, "Noa");
        String dan = join(code, "Dan");
        send(noa, "s-aware", "l-pain", "<b>Loud</b> music");
        send(dan, "s-aware", "l-pain", "Parking");
        awaitWaiting(host, 2);
        int before = session.currentMap().cards().size();

        ListView<IncomingCard> queue = robot.lookup("#room-queue").queryListView();
        robot.interact(() -> queue.getSelectionModel().select(0));
        robot.clickOn("#room-reject");
        awaitWaiting(host, 1);
        robot.interact(() -> host.remove(host.people().stream().filter(p -> p.name().equals("Dan")).findFirst().orElseThrow()));
        awaitWaiting(host, 0);

        assertThat(session.currentMap().cards()).hasSize(before);
        assertThat(get("/api/view", dan).statusCode()).as("Dan's token no longer works").isEqualTo(401);
    }

    @Test
    void dotsFromPhonesCountInTheMapsVoteAndEndingClosesThePort(FxRobot robot) throws Exception {
        robot.interact(() -> session.execute(Edits.setVote(WorkshopFixtures.MAP, null, DotVote.start(2, 10, Set.of()))));
        robot.interact(workshop::inviteRoom);
        RoomHost host = workshop.room();
        String address = host.link().orElseThrow().address();
        String noa = join(host.link().orElseThrow().code().toString(), "Noa");

        HttpResponse<String> dot = post("/api/dots", noa, "{\"card\":\"c-slow\",\"change\":1}");

        assertThat(dot.statusCode()).isEqualTo(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.currentMap().vote().dotsOn("c-slow")).isEqualTo(1);

        robot.interact(() -> workshop.countdown().start());
        assertThat(JSON.readTree(get("/api/view", noa).body()).path("timer").path("running").asBoolean())
                .as("the time-box runs on the phones too").isTrue();

        robot.clickOn("#room-end");
        assertThat(host.isRunning()).isFalse();
        assertThat(workshop.roomWindow().isShowing()).isFalse();
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    @Test
    void thePresentationShowsTheInvitationWithTheCode(FxRobot robot) {
        robot.interact(workshop::inviteRoom);
        robot.interact(workshop::present);

        PresentationView view = workshop.presentation();
        Label code = (Label) view.overlays().node().lookup("#workshop-presentation-room-code");
        assertThat(code.getText()).isEqualTo(workshop.room().link().orElseThrow().code().toString());
        assertThat(view.overlays().roomShown()).isTrue();
        robot.interact(view.overlays()::toggleRoom);
        assertThat(view.overlays().roomShown()).isFalse();
        robot.interact(view::close);
    }

    @Test
    void anotherDocumentEndsTheRoomAndQuittingWithCardsWaitingAsksFirst(FxRobot robot) throws Exception {
        robot.interact(workshop::inviteRoom);
        RoomHost host = workshop.room();
        String noa = join(host.link().orElseThrow().code().toString(), "Noa");
        send(noa, "s-aware", "l-pain", "Parking");
        awaitWaiting(host, 1);

        javafx.application.Platform.runLater(window::quit);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane question = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(question.getHeaderText()).contains("still waiting");
        javafx.scene.control.ButtonType cancel = question.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().orElseThrow();
        robot.interact(() -> ((javafx.scene.control.Button) question.lookupButton(cancel)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(host.isRunning()).as("kept, with its waiting card").isTrue();

        robot.interact(() -> session.replace(WorkshopFixtures.document(Direction.LTR), null));
        assertThat(host.isRunning()).as("the room was for the document before").isFalse();
    }

    private List<String> titles() {
        return session.currentMap().cards().stream().map(Card::title).toList();
    }

    private static void awaitWaiting(RoomHost host, int count) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> host.queue().size() == count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String join(String code, String name) throws Exception {
        HttpResponse<String> answer = post("/api/join", null,
                JSON.createObjectNode().put("code", code).put("name", name).toString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("token").asText();
    }

    private void send(String token, String stage, String lane, String text) throws Exception {
        assertThat(post("/api/cards", token, JSON.createObjectNode().put("stage", stage).put("lane", lane)
                .put("text", text).toString()).statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(workshop.room().link().orElseThrow().address() + path.substring(1));
    }
}
