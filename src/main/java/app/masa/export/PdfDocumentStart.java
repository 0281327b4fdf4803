package app.masa.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A new PDF document with the bundled fonts parsed and embedded, made on a thread of its own while
 * the caller reads and lays out the maps: on a cold start each is a good part of the run, and side by
 * side they take the time of the longer one.
 */
final class PdfDocumentStart {
    private final FutureTask<Ready> work = new FutureTask<>(PdfDocumentStart::make);

    /** A document and its fonts, handed from the thread that made them to the one that draws. */
    record Ready(PDDocument document, PdfFonts fonts) {
    }

    private PdfDocumentStart() {
    }

    static PdfDocumentStart begin() {
        PdfDocumentStart start = new PdfDocumentStart();
        Thread thread = new Thread(start.work, "PDF document start");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    /** Waits for the document; its fonts' failure is the caller's, as if it had loaded them itself. */
    Ready await() throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return work.get();
                } catch (InterruptedException e) {
                    // The export is not abandoned half-way: cancelling is the progress's business.
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrown(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Closes the document once it is made, for an export that stopped before drawing. */
    void discard() {
        try {
            await().document().close();
        } catch (IOException | RuntimeException e) {
            // Nothing was written; the reason the export stopped is the one the caller reports.
        }
    }

    private static Ready make() throws IOException {
        PDDocument document = new PDDocument();
        try {
            return new Ready(document, new PdfFonts(document));
        } catch (IOException | RuntimeException | Error e) {
            document.close();
            throw e;
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
