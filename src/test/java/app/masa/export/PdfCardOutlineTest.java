package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.CardBox;
import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyMap;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A card's body is one outline, filled and stroked by one operator, and no outline carries a side
 * of no length: a poster of a thousand cards writes a fifth fewer path operators.
 */
class PdfCardOutlineTest {
    @Test
    void everyBoxedCardIsOneOutlineFilledAndStrokedAndNoSideHasNoLength() throws Exception {
        JourneyMap map = TestMaps.templates().get(0);
        MapLayout layout = new LayoutEngine().layout(map, ExportOptions.defaults().layoutOptions());
        long boxed = layout.cards().stream().map(CardBox::marks).filter(m -> m.boxed()).count();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfExporter().write(List.of(map), ExportOptions.defaults().withPage(PageSize.FIT), pdf, ExportProgress.NONE);

        List<Object> tokens;
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            tokens = new PDFStreamParser(document.getPage(0)).parse();
        }
        int fillAndStroke = 0;
        int zeroLengthSides = 0;
        List<Float> operands = new ArrayList<>();
        float[] curveEnd = null;
        for (int t = 0; t < tokens.size(); t++) {
            Object token = tokens.get(t);
            if (token instanceof COSNumber number) {
                operands.add(number.floatValue());
                continue;
            }
            if (token instanceof Operator operator) {
                String name = operator.getName();
                fillAndStroke += name.equals("B") ? 1 : 0;
                // A rounded corner's curve followed by a side that ends where the curve did.
                if (name.equals("l") && curveEnd != null && operands.size() == 2
                        && curveEnd[0] == operands.get(0) && curveEnd[1] == operands.get(1)) {
                    zeroLengthSides++;
                }
                curveEnd = name.equals("c") && operands.size() == 6
                        ? new float[] {operands.get(4), operands.get(5)} : null;
            }
            operands.clear();
        }
        assertThat(boxed).isPositive();
        assertThat(fillAndStroke).isGreaterThanOrEqualTo((int) boxed);
        assertThat(zeroLengthSides).isZero();
    }
}
