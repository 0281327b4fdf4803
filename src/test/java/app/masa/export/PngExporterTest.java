package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.layout.SampleMaps;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class PngExporterTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22));
    private final Path dir = TestMaps.tempDir();
    private final MapLayout layout = new LayoutEngine().layout(SampleMaps.english(), OPTIONS.layoutOptions());

    @Test
    void theImageIsTheMapAtTheChosenScaleOrResolution() throws Exception {
        BufferedImage twice = write(OPTIONS.withScale(2), "twice.png");
        assertThat(twice.getWidth()).isEqualTo((int) Math.ceil(layout.width() * 2));
        assertThat(twice.getHeight()).isEqualTo((int) Math.ceil(layout.height() * 2));
        BufferedImage dpi = write(OPTIONS.withDpi(144), "dpi.png");
        assertThat(dpi.getWidth()).isEqualTo(twice.getWidth());
        BufferedImage thrice = write(OPTIONS.withScale(3), "thrice.png");
        assertThat(thrice.getWidth()).isEqualTo((int) Math.ceil(layout.width() * 3));
    }

    @Test
    void theBackgroundIsOpaqueOrTransparentAsAsked() throws Exception {
        BufferedImage opaque = write(OPTIONS.withScale(1), "opaque.png");
        assertThat(opaque.getRGB(1, 1) >>> 24).isEqualTo(255);
        BufferedImage clear = write(OPTIONS.withScale(1).withTransparent(true), "clear.png");
        assertThat(clear.getRGB(1, 1) >>> 24).isZero();
        CardPixel card = CardPixel.of(layout);
        assertThat(clear.getRGB(card.x(), card.y()) >>> 24).as("cards stay opaque").isEqualTo(255);
    }

    @Test
    void withoutTheTitleBlockTheImageIsShorter() throws Exception {
        BufferedImage with = write(OPTIONS.withScale(1), "with.png");
        BufferedImage without = write(OPTIONS.withScale(1).withTitleBlock(false), "without.png");
        assertThat(without.getHeight()).isLessThan(with.getHeight());
    }

    /**
     * The PNG painter and the PDF painter draw the same layout, so the PDF page rendered back to an
     * image must look like the PNG: on average within 4 % per channel, and 97 % of pixels within 20 %.
     */
    @Test
    void thePdfPageRenderedBackLooksLikeThePng() throws Exception {
        for (var map : List.of(SampleMaps.english(), SampleMaps.hebrew())) {
            Path pdf = dir.resolve(map.id() + ".pdf");
            ExportOptions fit = OPTIONS.withPage(PageSize.FIT);
            new PdfExporter().export(List.of(map), fit, pdf, ExportProgress.NONE);
            BufferedImage fromPdf;
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                fromPdf = new PDFRenderer(document).renderImage(0, 1, ImageType.RGB);
            }
            BufferedImage png = PngExporter.render(new LayoutEngine().layout(map, fit.layoutOptions()), fit.withScale(1));
            assertThat(fromPdf.getWidth()).isCloseTo(png.getWidth(), org.assertj.core.api.Assertions.within(1));
            Similarity similarity = Similarity.of(fromPdf, png);
            assertThat(similarity.meanDifference()).as(map.id()).isLessThan(0.04);
            assertThat(similarity.closeShare()).as(map.id()).isGreaterThan(0.97);
        }
    }

    @Test
    void thePreviewShowsTheFirstPageOnItsPaper() throws Exception {
        BufferedImage a4 = ExportPreview.firstPage(List.of(SampleMaps.english(), SampleMaps.hebrew()),
                OPTIONS.withPage(PageSize.A4).withOrientation(Orientation.PORTRAIT), 36);
        assertThat(a4.getWidth()).isBetween(297, 298);
        assertThat(a4.getHeight()).isBetween(420, 421);
        assertThat(a4.getRGB(2, 2) & 0xffffff).as("the paper margin is white").isEqualTo(0xffffff);
    }

    private BufferedImage write(ExportOptions options, String name) throws Exception {
        Path png = dir.resolve(name);
        new PngExporter().export(List.of(SampleMaps.english()), options, png, ExportProgress.NONE);
        return ImageIO.read(new File(png.toString()));
    }

    /** A pixel inside the first card, at 1×. */
    record CardPixel(int x, int y) {
        static CardPixel of(MapLayout layout) {
            var b = layout.cards().get(0).bounds();
            return new CardPixel((int) (b.x() + b.width() * 0.75), (int) (b.y() + b.height() - 4));
        }
    }
}
