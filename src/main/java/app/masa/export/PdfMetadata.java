package app.masa.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

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

    /** The XMP packet of the facts: made apart from the document, so that it can be made beside the drawing. */
    static BesideWork<byte[]> xmpBeside(Facts facts, boolean pdfa) {
        return BesideWork.start("PDF metadata", () -> xmp(facts, pdfa));
    }

    static void apply(PDDocument document, Facts facts, byte[] xmp, boolean pdfa) throws IOException {
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
        metadata.importXMPMetadata(xmp);
        document.getDocumentCatalog().setMetadata(metadata);
        if (pdfa) {
            addOutputIntent(document);
        }
    }

    static byte[] xmp(Facts facts, boolean pdfa) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(facts.title());
        if (facts.author() != null && !facts.author().isBlank()) {
            dc.addCreator(facts.author());
        }
        if (!facts.subject().isBlank()) {
            dc.setDescription(facts.subject());
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(facts.creator());
        basic.setCreateDate(facts.date());
        basic.setModifyDate(facts.date());
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(facts.producer());
        if (pdfa) {
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            try {
                id.setConformance("B");
            } catch (BadFieldValueException e) {
                throw new IllegalStateException(e);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write the document metadata", e);
        }
        return PdfUaIdentification.addTo(bytes.toByteArray());
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
