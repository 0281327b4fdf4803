package app.masa.ui.export;

import static app.masa.ui.export.ExportFixtures.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.export.ExportOptions;
import app.masa.export.ExportProgress;
import app.masa.export.PageSize;
import app.masa.export.PdfExporter;
import app.masa.i18n.Messages;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.session.DocumentSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The page matches the screen: a template painted by the canvas at zoom 1 and the same map's PDF
 * ("fit" page, no title block, light theme) rendered back at 72 dpi look alike, once both are shrunk
 * to a quarter of their size. Measured: a mean difference of about 0.003 with 99.9 % of pixels close
 * for the same map, against 0.05 and 75 % for another template's page, which must fail.
 */
@ExtendWith(ApplicationExtension.class)
class PageMatchesCanvasTest {
    /** Mean channel difference below this, after shrinking. */
    static final double MAX_MEAN_DIFFERENCE = 0.02;
    /** At least this share of the shrunk pixels within {@link PixelLikeness#TOLERANCE}. */
    static final double MIN_CLOSE_SHARE = 0.95;
    private static final int SHRINK = 4;
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withPage(PageSize.FIT).withTitleBlock(false);

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @ParameterizedTest
    @CsvSource({"funnel, en, sports-shoes", "organic-grocer, he, funnel"})
    void thePdfPageLooksLikeTheCanvasAndUnlikeAnotherMap(String template, String language, String other)
            throws Exception {
        JourneyMap map = ExportFixtures.template(template, language);
        BufferedImage screen = canvasPicture(map);
        BufferedImage page = pdfPage(map);
        BufferedImage otherPage = pdfPage(ExportFixtures.template(other, language));
        int w = screen.getWidth() / SHRINK;
        int h = screen.getHeight() / SHRINK;

        assertThat(page.getWidth()).isCloseTo(screen.getWidth(), org.assertj.core.api.Assertions.within(1));
        assertThat(page.getHeight()).isCloseTo(screen.getHeight(), org.assertj.core.api.Assertions.within(1));
        PixelLikeness same = PixelLikeness.of(screen, page, w, h);
        PixelLikeness different = PixelLikeness.of(screen, otherPage, w, h);
        assertThat(same.meanDifference()).as("page against screen").isLessThan(MAX_MEAN_DIFFERENCE);
        assertThat(same.closeShare()).as("page against screen").isGreaterThanOrEqualTo(MIN_CLOSE_SHARE);
        assertThat(different.isAtLeast(MAX_MEAN_DIFFERENCE, MIN_CLOSE_SHARE)).as("another map's page: " + different)
                .isFalse();
        BufferedImage blank = new BufferedImage(screen.getWidth(), screen.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D paper = blank.createGraphics();
        paper.setColor(java.awt.Color.WHITE);
        paper.fillRect(0, 0, blank.getWidth(), blank.getHeight());
        paper.dispose();
        assertThat(PixelLikeness.of(screen, blank, w, h).isAtLeast(MAX_MEAN_DIFFERENCE, MIN_CLOSE_SHARE))
                .as("the canvas painted a map, not an empty page").isFalse();
    }

    /**
     * The map as the canvas paints it at zoom 1, cut to the map's own rectangle. The canvas is given
     * the export's layout options (the canvas alone adds the persona header, which exports show with
     * the title block), so both sides paint one layout. Its scene is never shown: a window larger
     * than the headless screen cannot be painted, while a snapshot can.
     */
    private static BufferedImage canvasPicture(JourneyMap map) throws Exception {
        return onFx(() -> {
            MapCanvas canvas = new MapCanvas(new DocumentSession(JourneyFile.of(map), null));
            canvas.layoutOptionsProperty().set(OPTIONS.layoutOptions());
            MapLayout layout = canvas.currentLayout();
            // Room for the whole map, the canvas's margin around it and its scroll bars.
            double w = layout.width() + 120;
            double h = layout.height() + 120;
            new Scene(canvas, w, h);
            canvas.resize(w, h);
            canvas.applyCss();
            canvas.layout();
            WritableImage shot = canvas.snapshot(null, null);
            Point2D origin = canvas.localPointOf(0, 0);
            return ExportFixtures.toAwt(shot).getSubimage((int) Math.round(origin.getX()),
                    (int) Math.round(origin.getY()), (int) Math.ceil(layout.width()), (int) Math.ceil(layout.height()));
        });
    }

    private static BufferedImage pdfPage(JourneyMap map) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfExporter().write(List.of(map), OPTIONS, pdf, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFRenderer(document).renderImage(0, 1, ImageType.RGB);
        }
    }
}
