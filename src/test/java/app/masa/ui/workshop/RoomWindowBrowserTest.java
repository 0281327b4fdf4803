package app.masa.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole room as a workshop runs it: the designer invites the room, a phone (Debian's Chromium,
 * headless, on loopback) joins by the QR link and sends a card, the facilitator accepts it in the
 * Room window, and the phone votes. Runs in the browser-tests profile.
 */
@InterfaceLanguage("he")
@ExtendWith(ApplicationExtension.class)
class RoomWindowBrowserTest {
    private Preferences node;
    private Stage stage;
    private DocumentSession session;
    private Workshop workshop;
    private WebDriver phone;

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
        session = new DocumentSession(WorkshopFixtures.document(Direction.RTL), null);
        MainWindow window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
        workshop = Workshop.of(session, window.canvas().node());
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        if (phone != null) {
            phone.quit();
        }
        robot.interact(() -> {
            workshop.endRoom();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s != stage) {
                    s.close();
                }
            }
        });
        ShellFixtures.dispose(node);
    }

    @Test
    void aPhoneJoinsByTheQrLinkTheFacilitatorAcceptsItsCardAndThePhoneVotes(FxRobot robot) throws Exception {
        robot.interact(workshop::inviteRoom);
        RoomHost host = workshop.room();
        phone = chromium();
        phone.get(host.link().orElseThrow().uri().toString());

        assertThat(phone.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        await(() -> phone.findElement(By.id("card-send")).isDisplayed());
        phone.findElement(By.id("you-name")).sendKeys("נועה");
        phone.findElement(By.id("you-save")).click();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> host.people().stream().anyMatch(p -> p.name().equals("נועה")));
        phone.findElement(By.id("card-text")).sendKeys("מכונת האשראי לא עבדה");
        phone.findElement(By.id("card-send")).click();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> host.queue().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<IncomingCard> queue = robot.lookup("#room-queue").queryListView();
        assertThat(queue.getItems()).singleElement().satisfies(c -> assertThat(c.sender()).isEqualTo("נועה"));
        robot.interact(() -> queue.getSelectionModel().select(0));
        robot.clickOn("#room-accept");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.currentMap().cards()).extracting(Card::title).contains("מכונת האשראי לא עבדה");
        await(() -> phone.findElement(By.id("mine")).getText().contains("במפה"));

        robot.interact(() -> session.execute(Edits.setVote(WorkshopFixtures.MAP, null, DotVote.start(2, 10, Set.of()))));
        await(() -> phone.findElement(By.id("tab-vote")).isDisplayed());
        phone.findElement(By.id("tab-vote")).click();
        phone.findElement(By.cssSelector("#vote-cards .vote-card button.add")).click();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> session.currentMap().vote().dotsGiven() == 1);
    }

    private void await(BooleanSupplier condition) {
        new WebDriverWait(phone, Duration.ofSeconds(15)).until(driver -> condition.getAsBoolean());
    }

    private static WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=390,844",
                "--user-data-dir=" + Files.createTempDirectory("masa-chromium"));
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
    }
}
