package app.masa.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A new PDF document with the bundled fonts parsed and embedded, made beside the caller's work. */
final class PdfDocumentStart {
    private final BesideWork<Ready> work = BesideWork.start("PDF document start", PdfDocumentStart::make);

    /** A document and its fonts, handed from the thread that made them to the one that draws. */
    record Ready(PDDocument document, PdfFonts fonts) {
    }

    private PdfDocumentStart() {
    }

    static PdfDocumentStart begin() {
        return new PdfDocumentStart();
    }

    /** Waits for the document; its fonts' failure is the caller's, as if it had loaded them itself. */
    Ready await() throws IOException {
        return work.await();
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
}
