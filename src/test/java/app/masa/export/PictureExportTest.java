package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.pictures.TestPictures;
import app.masa.layout.CardBox;
import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.SampleMaps;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Card pictures travel with every export: the PDF embeds each picture once at its own resolution,
 * the SVG embeds it cropped around its focus point, the PNG draws the kept part.
 */
class PictureExportTest {
    @TempDir
    Path dir;

    /** The first two cards carry the red-and-blue picture, one focused on its left, one on its right. */
    private static JourneyMap withPictures(JourneyMap map) {
        List<Card> cards = new ArrayList<>(map.cards());
        cards.set(0, cards.get(0).withPicture(TestPictures.picture().withFocus(0, 0.5)));
        cards.set(1, cards.get(1).withPicture(TestPictures.picture().withFocus(1, 0.5)));
        return map.withCards(cards);
    }

    @Test
    void thePdfEmbedsThePictureOnceAtItsResolutionAndStaysAccessible() throws Exception {
        Path pdf = dir.resolve("pictures.pdf");
        JourneyMap hebrew = SampleMaps.hebrew();
        List<Card> cards = new ArrayList<>(hebrew.cards());
        cards.set(0, cards.get(0).withPicture(magenta()));
        new PdfExporter().export(List.of(hebrew.withCards(cards)),
                ExportOptions.defaults().withDate(LocalDate.of(2026, 12, 5)).withPdfa(true), pdf, ExportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).singleElement().satisfies(image -> {
                assertThat(image.getWidth()).isEqualTo(480);
                assertThat(image.getHeight()).isEqualTo(320);
            });
        }
        assertThat(magentaPixels(pdf)).as("the picture is drawn opaque, not faded by the fill under it")
                .isGreaterThan(500);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b").isEmpty();
    }

    private static app.masa.model.Picture magenta() {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new Color(255, 0, 255));
        g.fillRect(0, 0, 480, 320);
        g.dispose();
        return app.masa.model.Picture.of(app.masa.model.PersonaPhoto.dataUri("image/png",
                TestPictures.encoded(image, "png")));
    }

    @Test
    void theSvgShowsThePartAroundTheFocusPoint() {
        JourneyMap map = withPictures(SampleMaps.english());
        MapLayout layout = new LayoutEngine().layout(map, LayoutOptions.canvas());

        String svg = SvgExporter.toSvg(layout, false, "en", map.title());

        Matcher viewBoxes = Pattern.compile("<svg x=\"[^\"]+\" y=\"[^\"]+\" width=\"[^\"]+\" height=\"[^\"]+\" "
                + "viewBox=\"([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+)\" preserveAspectRatio=\"none\"><image width=\"400\" "
                + "height=\"200\" href=\"data:image/png;base64,").matcher(svg);
        List<double[]> boxes = new ArrayList<>();
        while (viewBoxes.find()) {
            boxes.add(new double[] {Double.parseDouble(viewBoxes.group(1)), Double.parseDouble(viewBoxes.group(3))});
        }
        assertThat(boxes).hasSize(2);
        assertThat(boxes.get(0)[0]).as("focused on the left edge").isZero();
        assertThat(boxes.get(1)[0] + boxes.get(1)[1]).as("focused on the right edge").isEqualTo(400);
    }

    @Test
    void thePngDrawsTheKeptSideOfEachPicture() {
        JourneyMap map = withPictures(SampleMaps.english());
        MapLayout layout = new LayoutEngine().layout(map, LayoutOptions.canvas());
        BufferedImage png = PngExporter.render(layout, ExportOptions.defaults().withScale(1));

        assertThat(colourAt(png, frame(layout, map.cards().get(0).id()))).isEqualTo(TestPictures.LEFT);
        assertThat(colourAt(png, frame(layout, map.cards().get(1).id()))).isEqualTo(TestPictures.RIGHT);
    }

    /** Pixels of the page in the picture's pure magenta, a colour no map style uses. */
    private static int magentaPixels(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 72);
            int count = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    Color c = new Color(page.getRGB(x, y));
                    if (c.getRed() > 230 && c.getGreen() < 40 && c.getBlue() > 230) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    private static Rect frame(MapLayout layout, String cardId) {
        CardBox card = layout.cards().stream().filter(c -> c.cardId().equals(cardId)).findFirst().orElseThrow();
        return card.picture().frame();
    }

    /** The colour in the middle of the frame, rounded to the nearer of the picture's two. */
    private static Color colourAt(BufferedImage png, Rect frame) {
        Color c = new Color(png.getRGB((int) frame.centerX(), (int) frame.centerY()));
        return c.getRed() > c.getBlue() ? TestPictures.LEFT : TestPictures.RIGHT;
    }
}
