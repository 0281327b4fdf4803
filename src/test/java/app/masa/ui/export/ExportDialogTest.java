package app.masa.ui.export;

import static app.masa.ui.export.ExportFixtures.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import app.masa.export.PageSize;
import app.masa.export.ReadablePage;
import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.ShellFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export… driven through the real dialog, with the file chooser answered by the test. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path folder;

    private final Preferences settings = ShellFixtures.preferences();
    private final List<Path> proposed = new ArrayList<>();
    private Stage stage;
    private ExportFlow flow;
    private Path answer;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        flow = new ExportFlow(new ExportMemory(settings), (owner, format, suggested) -> {
            proposed.add(suggested);
            return java.util.Optional.ofNullable(answer);
        });
    }

    @AfterEach
    void forgetSettings() {
        ShellFixtures.dispose(settings);
    }

    @Test
    void exportsSvgInTheBackgroundAndRemembersTheChoiceForThatFile(FxRobot robot) throws Exception {
        Path document = folder.resolve("shop.journey.json");
        answer = folder.resolve("shop-export");
        Path written = folder.resolve("shop-export.svg");
        exportSvgClicking(robot, document, "#export-title-block", written);
        assertThat(Files.readString(written)).contains("Sponsored post", "Checkout").doesNotContain("Delivery");
        assertThat(proposed).containsExactly(Path.of("shop.svg"));

        open(document);
        assertThat(onFx(() -> comboValue(robot, "#export-format"))).isEqualTo(ExportFormat.SVG);
        assertThat(checked(robot, "#export-title-block")).isFalse();
        answer = null;
        robot.clickOn("#export-go");
        // The next export of the same file proposes the file written last time.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> proposed.size() == 2);
        assertThat(proposed).last().isEqualTo(written);
        WaitForAsyncUtils.waitForFxEvents();

        open(folder.resolve("other.journey.json"));
        assertThat(onFx(() -> comboValue(robot, "#export-format"))).isEqualTo(ExportFormat.PDF);
        robot.clickOn(Messages.get("dialog.cancel"));
    }

    @Test
    void theStageFiguresLaneGoesIntoTheExportWhenTickedAndIsRemembered(FxRobot robot) throws Exception {
        Path document = folder.resolve("figures.journey.json");
        answer = folder.resolve("figures.svg");
        exportSvgClicking(robot, document, "#export-metrics-lane", answer);
        assertThat(Files.readString(answer)).contains("<g class=\"metrics\"");

        open(document);
        assertThat(checked(robot, "#export-metrics-lane")).isTrue();
        robot.clickOn(Messages.get("dialog.cancel"));
    }

    /** Exports the document as SVG with one check box clicked, and waits for the file and for the dialog to close. */
    private void exportSvgClicking(FxRobot robot, Path document, String checkBox, Path written) throws Exception {
        open(document);
        choose(robot, "#export-format", ExportFormat.SVG);
        robot.clickOn(checkBox);
        robot.clickOn("#export-go");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(written));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().size() == 1));
    }

    private static boolean checked(FxRobot robot, String checkBox) throws Exception {
        return onFx(() -> robot.lookup(checkBox).queryAs(CheckBox.class).isSelected());
    }

    @Test
    void exportsOnlyTheChosenMapsAndStages(FxRobot robot) throws Exception {
        answer = folder.resolve("both.svg");
        open(folder.resolve("both.journey.json"));
        choose(robot, "#export-format", ExportFormat.SVG);
        robot.clickOn("#export-map-map-b");
        robot.clickOn("#export-stage-s2");
        robot.clickOn("#export-go");

        Path second = folder.resolve("both-2.svg");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(second));
        assertThat(Files.readString(answer)).contains("Shop visit", "Awareness").doesNotContain("Purchase");
        assertThat(Files.readString(second)).contains("Delivery", "Awareness").doesNotContain("Purchase");
    }

    @Test
    void thePreviewFollowsTheOptionsAndNothingChosenDisablesExport(FxRobot robot) throws Exception {
        open(folder.resolve("look.journey.json"));
        choose(robot, "#export-page", new Paper(PageSize.A4));
        choose(robot, "#export-orientation", app.masa.export.Orientation.PORTRAIT);
        Image portrait = waitForPreview(robot, image -> image.getHeight() > image.getWidth());

        choose(robot, "#export-orientation", app.masa.export.Orientation.LANDSCAPE);
        Image landscape = waitForPreview(robot, image -> image.getWidth() > image.getHeight());
        assertThat(landscape.getWidth() / landscape.getHeight())
                .isCloseTo(PageSize.A4.height() / PageSize.A4.width(), org.assertj.core.api.Assertions.within(0.02));
        assertThat(portrait).isNotSameAs(landscape);

        robot.clickOn("#export-map-map-a");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup("#export-go").query().isDisabled())).isTrue();
        robot.clickOn(Messages.get("dialog.cancel"));
    }

    @Test
    void aWideMapGoesOnThePaperThatKeepsItsTextReadableAndTooSmallAChoiceIsSaid(FxRobot robot) throws Exception {
        JourneyMap poster = ExportFixtures.poster(14, 6);
        answer = folder.resolve("poster.pdf");
        Platform.runLater(() -> flow.start(stage, List.of(poster), poster.id(), folder.resolve("poster.journey.json"),
                "poster"));
        WaitForAsyncUtils.waitForFxEvents();
        Label note = robot.lookup("#export-paper-note").queryAs(Label.class);
        assertThat(onFx(() -> comboValue(robot, "#export-page"))).isEqualTo(Paper.READABLE);
        assertThat(onFx(() -> robot.lookup("#export-tiles").query().isDisabled())).isTrue();
        ReadablePage.Choice readable = ReadablePage.choose(List.of(poster), ExportOptions.defaults());
        assertThat(readable.options().page()).as("too wide for A4").isNotEqualTo(PageSize.A4);
        String chosen = Messages.get("export.paper.chosen", readable.options().tiles()
                ? Messages.get("cli.export.plan.tiles", readable.options().page().label()) : readable.options().page().label(),
                String.format(Locale.ENGLISH, "%.1f", readable.cardTextPoints()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> note.getText().equals(chosen)));
        assertThat(onFx(() -> note.getStyleClass())).doesNotContain("export-paper-warning");

        choose(robot, "#export-page", new Paper(PageSize.A4));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> note.getStyleClass().contains("export-paper-warning")));
        double onA4 = ReadablePage.cardTextPoints(List.of(poster), ExportOptions.defaults());
        assertThat(onFx(note::getText)).isEqualTo(Messages.get("export.paper.tooSmall",
                String.format(Locale.ENGLISH, "%.1f", onA4), "A4"));

        choose(robot, "#export-page", Paper.READABLE);
        robot.clickOn("#export-go");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(answer));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().size() == 1));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(answer.toFile())) {
            org.apache.pdfbox.pdmodel.common.PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(Math.max(page.getWidth(), page.getHeight()))
                    .isCloseTo((float) readable.options().page().height(), org.assertj.core.api.Assertions.within(1f));
        }
        open(folder.resolve("poster.journey.json"));
        assertThat(onFx(() -> comboValue(robot, "#export-page"))).as("remembered").isEqualTo(Paper.READABLE);
        robot.clickOn(Messages.get("dialog.cancel"));
    }

    @Test
    @InterfaceLanguage("he")
    void inHebrewTheDialogIsMirroredButThePageIsNot(FxRobot robot) throws Exception {
        open(folder.resolve("he.journey.json"));
        ImageView preview = robot.lookup("#export-preview").queryAs(ImageView.class);
        assertThat(onFx(() -> preview.getScene().getRoot().getEffectiveNodeOrientation()))
                .isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        assertThat(onFx(preview::getEffectiveNodeOrientation)).isEqualTo(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        waitForPreview(robot, image -> true);
        robot.clickOn(Messages.get("dialog.cancel"));
    }

    @Test
    void theInsightsReportIsAPdfOptionThatAddsPages(FxRobot robot) throws Exception {
        answer = folder.resolve("insights.pdf");
        open(folder.resolve("insights.journey.json"));
        choose(robot, "#export-format", ExportFormat.SVG);
        assertThat(onFx(() -> robot.lookup("#export-report").query().isDisabled())).isTrue();
        choose(robot, "#export-format", ExportFormat.PDF);
        assertThat(onFx(() -> robot.lookup("#export-report").query().isDisabled())).isFalse();
        robot.clickOn("#export-report");
        robot.clickOn("#export-go");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(answer));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().size() == 1));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(answer.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains(Messages.get("report.section.painPoints"));
        }
    }

    /** Opens the dialog as the menu does; showAndWait runs in its own loop, so the robot can drive it. */
    private void open(Path document) {
        List<JourneyMap> maps = ShellFixtures.document().maps();
        Platform.runLater(() -> flow.start(stage, maps, "map-a", document, "shop"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> void choose(FxRobot robot, String query, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    private static Object comboValue(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class).getValue();
    }

    private static Image waitForPreview(FxRobot robot, java.util.function.Predicate<Image> wanted) throws Exception {
        ImageView view = robot.lookup("#export-preview").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> onFx(() -> view.getImage() != null && view.getOpacity() == 1 && wanted.test(view.getImage())));
        return onFx(view::getImage);
    }
}
