package app.masa.ui.export;

import app.masa.export.ExportCancelledException;
import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import app.masa.export.ExportProgress;
import app.masa.export.PageSize;
import app.masa.export.PdfExporter;
import app.masa.export.ReadablePage;
import app.masa.model.JourneyMap;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws the first page of an export for the dialog's preview: the first chosen map written as a PDF
 * in memory and rendered back with PDFBox, sized to the preview box whatever the paper. Images and
 * drawings have no paper, so for them the page is the map itself. Runs off the UI thread.
 */
final class PreviewRenderer {
    /** Pixels per preview pixel, so the preview stays sharp on high-density screens. */
    private static final float OVERSAMPLE = 2;
    /** A small map is not enlarged beyond this many pixels per point. */
    private static final float MAX_SCALE = 3;

    private PreviewRenderer() {
    }

    /**
     * The first page, and for a PDF the page plan it was drawn with and how large card text prints
     * on it (null for images and drawings, which have no paper).
     */
    record Preview(BufferedImage image, ReadablePage.Choice paper) {
    }

    static Preview render(PreviewRequest request, double boxWidth, double boxHeight, BooleanSupplier cancelled)
            throws IOException, ExportCancelledException {
        ReadablePage.Choice paper = request.format() == ExportFormat.PDF
                ? ReadablePage.plan(request.maps(), request.options(), request.readablePaper()) : null;
        ExportOptions shown = paper != null ? paper.options().withPdfa(false)
                : request.options().withPage(PageSize.FIT).withTiles(false).withPdfa(false);
        return new Preview(render(request.maps(), shown, boxWidth, boxHeight, cancelled), paper);
    }

    private static BufferedImage render(List<JourneyMap> maps, ExportOptions shown, double boxWidth, double boxHeight,
                                        BooleanSupplier cancelled) throws IOException, ExportCancelledException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfExporter().write(maps.subList(0, 1), shown, pdf, new ExportProgress(null, cancelled));
        if (cancelled.getAsBoolean()) {
            throw new ExportCancelledException();
        }
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            float fit = (float) Math.min(boxWidth / page.getWidth(), boxHeight / page.getHeight());
            float scale = Math.min(MAX_SCALE, fit * OVERSAMPLE);
            return new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
        }
    }
}
