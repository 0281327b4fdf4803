package app.masa.room;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.Edits;
import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone page in Debian's Chromium, headless, on loopback: a phone scans the link, joins, sends
 * a card and votes; the facilitator's side sees it. Runs in the browser-tests profile.
 */
@InterfaceLanguage("en")
class PhonePageBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private RoomServer server;
    private WebDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPhoneJoinsByTheLinkSendsACardAndVotes() throws Exception {
        MemoryRoomDocument document = MemoryRoomDocument.funnel("en");
        RoomSession session = open(document);
        browser.get(server.link().uri().toString());

        await(() -> browser.findElement(By.id("card-send")).isDisplayed());
        assertThat(session.participants()).as("scanning joined, without a tap").singleElement()
                .satisfies(p -> assertThat(p.name()).isEmpty());
        assertThat(browser.findElement(By.id("join")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("you-name")).getAttribute("placeholder")).isEqualTo("Anonymous");

        browser.findElement(By.id("you-name")).sendKeys("Noa");
        browser.findElement(By.id("you-save")).click();
        await(() -> session.participants().get(0).name().equals("Noa"));

        browser.findElement(By.id("card-text")).sendKeys("<img src=x onerror=\"window.hacked=1\"> Parking is far");
        browser.findElement(By.id("card-send")).click();
        await(() -> session.queue().size() == 1);
        assertThat(session.queue().get(0).sender()).isEqualTo("Noa");

        session.acceptWaiting();
        await(() -> browser.findElement(By.id("mine")).getText().contains("On the map"));
        assertThat(browser.findElement(By.id("mine")).getText()).contains("<img src=x onerror=\"window.hacked=1\">");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined")).isEqualTo(true);
        assertThat(document.map().cards()).extracting(Card::title)
                .contains("<img src=x onerror=\"window.hacked=1\"> Parking is far");

        JourneyMap map = document.map();
        document.apply(Edits.setVote(map.id(), null, DotVote.start(3, 10, Set.of())));
        session.documentChanged();
        await(() -> browser.findElement(By.id("tab-vote")).isDisplayed());
        browser.findElement(By.id("tab-vote")).click();
        WebElement firstPlus = browser.findElement(By.cssSelector("#vote-cards .vote-card button.add"));
        firstPlus.click();
        await(() -> document.map().vote().dotsGiven() == 1);
        await(() -> browser.findElement(By.id("vote-status")).getText().contains("2 dots left"));

        session.end();
        await(() -> browser.findElement(By.id("ended")).isDisplayed());
    }

    @Test
    @InterfaceLanguage("he")
    void aHebrewMapGivesARightToLeftPageInHebrew() throws Exception {
        MemoryRoomDocument document = MemoryRoomDocument.funnel("he");
        RoomSession session = open(document);
        browser.get(server.link().address());

        WebElement page = browser.findElement(By.tagName("html"));
        assertThat(page.getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.getAttribute("lang")).isEqualTo("he");
        assertThat(browser.findElement(By.id("join-heading")).getText()).isEqualTo("הצטרפות לסדנה");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.getElementById('join-form')).direction")).isEqualTo("rtl");

        browser.findElement(By.id("join-code")).sendKeys(session.code().toString().toLowerCase());
        browser.findElement(By.id("join-button")).click();
        await(() -> browser.findElement(By.id("card-send")).isDisplayed());
        browser.findElement(By.id("card-text")).sendKeys("לא מצאתי חניה ליד החנות");
        browser.findElement(By.id("card-send")).click();
        await(() -> session.queue().size() == 1);
        assertThat(session.queue().get(0).text()).isEqualTo("לא מצאתי חניה ליד החנות");
    }

    private RoomSession open(MemoryRoomDocument document) throws IOException {
        RoomSession session = new RoomSession(document, RoomLimits.DEFAULTS);
        server = RoomServer.start(session, "127.0.0.1", 0);
        browser = chromium();
        return session;
    }

    private void await(BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).until(driver -> condition.getAsBoolean());
    }

    /** Debian's Chromium through Debian's chromedriver, both by path: nothing is downloaded. */
    private static WebDriver chromium() throws IOException {
        Path profile = Files.createTempDirectory("masa-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=390,844", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
