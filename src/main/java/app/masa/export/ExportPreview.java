package app.masa.export;

import app.masa.model.JourneyMap;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The first page of a PDF export as a picture, for the Export dialog's live preview: paper, margins,
 * scale, title block and footer exactly as they will print. Made from the first chosen map only, so it
 * stays quick while the person changes options.
 */
public final class ExportPreview {
    private ExportPreview() {
    }

    /** @param dpi the preview's resolution; 50 to 100 suits a dialog */
    public static BufferedImage firstPage(List<JourneyMap> maps, ExportOptions options, float dpi)
            throws IOException, ExportCancelledException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfExporter().write(maps.subList(0, Math.min(1, maps.size())), options.withPdfa(false), pdf,
                ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }
}
