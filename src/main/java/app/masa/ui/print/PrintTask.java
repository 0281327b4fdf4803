package app.masa.ui.print;

import app.masa.export.ExportCancelledException;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.common.FxImages;
import java.io.IOException;
import javafx.concurrent.Task;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;

/**
 * Sends a map to the printer page by page on a worker thread: each page is rendered from the PDF at
 * the printer's resolution and printed as an image filling the printable area. The image nodes are
 * never shown, which is what lets JavaFX print them off the UI thread.
 */
final class PrintTask extends Task<Void> {
    /** Enough for sharp text on paper without pages of hundreds of megabytes. */
    static final float MAX_DPI = 300;

    private final PrinterJob job;
    private final JourneyMap map;
    private final PageLayout layout;
    private final float dpi;

    PrintTask(PrinterJob job, JourneyMap map, PageLayout layout, float dpi) {
        this.job = job;
        this.map = map;
        this.layout = layout;
        this.dpi = Math.min(MAX_DPI, dpi);
    }

    @Override
    protected Void call() throws Exception {
        boolean landscape = layout.getPageOrientation() == PageOrientation.LANDSCAPE
                || layout.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE;
        try (PrintDocument document = PrintDocument.of(map, layout.getPaper().getWidth(),
                layout.getPaper().getHeight(), landscape, this::isCancelled)) {
            int pages = document.pageCount();
            for (int i = 0; i < pages; i++) {
                if (isCancelled()) {
                    throw new ExportCancelledException();
                }
                updateMessage(Messages.get("print.page", i + 1, pages));
                ImageView page = new ImageView(FxImages.toFx(document.page(i, dpi)));
                page.setPreserveRatio(true);
                page.setSmooth(true);
                page.setFitWidth(layout.getPrintableWidth());
                page.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, page)) {
                    throw new IOException(Messages.get("print.refused"));
                }
                updateProgress(i + 1, pages);
            }
        } catch (ExportCancelledException e) {
            job.cancelJob();
            throw e;
        }
        if (!job.endJob()) {
            throw new IOException(Messages.get("print.refused"));
        }
        return null;
    }
}
