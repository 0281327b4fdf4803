package app.masa.ui.print;

import static app.masa.ui.export.ExportFixtures.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.export.ExportProgress;
import app.masa.export.PageSize;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.export.ExportFixtures;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PrintFlowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void withoutAPrinterSaysSoPlainlyAndPrintsNothing(FxRobot robot) throws Exception {
        JourneyMap map = ExportFixtures.template("funnel", "en");
        AtomicReference<Optional<?>> started = new AtomicReference<>();
        Platform.runLater(() -> started.set(new PrintFlow(PrinterAccess.none()).start(stage, map)));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane message = robot.lookup("#print-no-printer").queryAs(DialogPane.class);
        assertThat(onFx(message::getHeaderText)).isEqualTo("No printer is set up on this computer.");
        assertThat(onFx(message::getContentText)).isEqualTo(Messages.get("print.noPrinter.detail"));
        robot.clickOn(onFx(() -> message.lookupButton(ButtonType.OK)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(started.get()).as("no print job was started").isEmpty();
        assertThat(onFx(() -> List.copyOf(Window.getWindows()))).containsExactly(stage);
    }

    @Test
    void knownPaperGetsTheExportsPageLayoutAndOtherPaperTheMapsOwnSize() {
        assertThat(PrintDocument.pageSizeFor(595, 842)).isEqualTo(PageSize.A4);
        assertThat(PrintDocument.pageSizeFor(842, 595)).isEqualTo(PageSize.A4);
        assertThat(PrintDocument.pageSizeFor(612, 792)).isEqualTo(PageSize.LETTER);
        assertThat(PrintDocument.pageSizeFor(612, 1008)).as("US Legal").isEqualTo(PageSize.FIT);
    }

    @Test
    void rendersEachPageForThePaperTheDialogChose() throws Exception {
        JourneyMap map = ExportFixtures.template("funnel", "en");
        try (PrintDocument landscape = PrintDocument.of(map, 595.28, 841.89, true, ExportProgress.NONE.cancelled())) {
            assertThat(landscape.pageCount()).isEqualTo(1);
            BufferedImage page = landscape.page(0, 144);
            assertThat(page.getWidth()).isCloseTo((int) Math.round(841.89 * 2), within(2));
            assertThat(page.getHeight()).isCloseTo((int) Math.round(595.28 * 2), within(2));
        }
    }
}
