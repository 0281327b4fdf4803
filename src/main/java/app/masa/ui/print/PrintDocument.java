package app.masa.ui.print;

import app.masa.export.ExportCancelledException;
import app.masa.export.ExportOptions;
import app.masa.export.ExportProgress;
import app.masa.export.Orientation;
import app.masa.export.PageSize;
import app.masa.export.PdfExporter;
import app.masa.model.JourneyMap;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A map laid out for the printer's paper exactly as the PDF export lays it out (title block, page
 * number), kept as a PDF in memory and rendered one page at a time at the printer's resolution, so a
 * poster-sized map never sits in memory as pictures of every page at once.
 */
final class PrintDocument implements AutoCloseable {
    /** The printer keeps its own unprintable border; a thin one of ours keeps the footer off its edge. */
    static final double MARGIN = 6;
    /** Sheets within this many points of a known paper size are taken to be that paper. */
    private static final double PAPER_TOLERANCE = 6;

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PrintDocument(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /**
     * @param paperWidth the paper's width in points, held upright
     * @param paperHeight the paper's height in points, held upright
     */
    static PrintDocument of(JourneyMap map, double paperWidth, double paperHeight, boolean landscape,
                            BooleanSupplier cancelled) throws IOException, ExportCancelledException {
        ExportOptions options = ExportOptions.defaults()
                .withPage(pageSizeFor(paperWidth, paperHeight))
                .withOrientation(landscape ? Orientation.LANDSCAPE : Orientation.PORTRAIT)
                .withMargin(MARGIN);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfExporter().write(List.of(map), options, pdf, new ExportProgress(null, cancelled));
        return new PrintDocument(Loader.loadPDF(pdf.toByteArray()));
    }

    /** The paper size the exporter knows that matches the printer's paper; other paper takes the map's own size. */
    static PageSize pageSizeFor(double paperWidth, double paperHeight) {
        double shortSide = Math.min(paperWidth, paperHeight);
        double longSide = Math.max(paperWidth, paperHeight);
        for (PageSize size : PageSize.values()) {
            if (size != PageSize.FIT && Math.abs(size.width() - shortSide) <= PAPER_TOLERANCE
                    && Math.abs(size.height() - longSide) <= PAPER_TOLERANCE) {
                return size;
            }
        }
        return PageSize.FIT;
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    BufferedImage page(int index, float dpi) throws IOException {
        return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
