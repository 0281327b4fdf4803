package app.masa.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back the way a reader's search or copy would: its text, and where each line sits. */
final class PdfTexts {
    record Placed(String text, double minX, double maxX, int page) {
    }

    private PdfTexts() {
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<Placed> placed(Path pdf) throws IOException {
        List<Placed> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // Sorted by position, so neighbouring words on one line are told apart by the gap between them.
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    double min = Double.MAX_VALUE;
                    double max = -Double.MAX_VALUE;
                    for (TextPosition p : positions) {
                        min = Math.min(min, p.getXDirAdj());
                        max = Math.max(max, p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    found.add(new Placed(text, min, max, getCurrentPageNo()));
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return found;
    }
}
