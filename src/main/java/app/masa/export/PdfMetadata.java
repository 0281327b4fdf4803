package app.masa.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The document properties and the same facts again as XMP metadata, with the PDF/UA-1 claim (and for
 * PDF/A-2b its claim and an sRGB output intent). Checkers compare the two, so both are written from
 * one set of values.
 */
final class PdfMetadata {
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfMetadata() {
    }

    record Facts(String title, String author, String subject, String creator, String producer, Calendar date) {
    }

    static void apply(PDDocument document, Facts facts, boolean pdfa) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(facts.title());
        if (facts.author() != null && !facts.author().isBlank()) {
            info.setAuthor(facts.author());
        }
        if (!facts.subject().isBlank()) {
            info.setSubject(facts.subject());
        }
        info.setCreator(facts.creator());
        info.setProducer(facts.producer());
        info.setCreationDate(facts.date());
        info.setModificationDate(facts.date());
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(XmpPacket.of(facts, pdfa));
        document.getDocumentCatalog().setMetadata(metadata);
        if (pdfa) {
            addOutputIntent(document);
        }
    }

    private static void addOutputIntent(PDDocument document) throws IOException {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(icc));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
