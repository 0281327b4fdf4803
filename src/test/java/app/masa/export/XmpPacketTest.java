package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/** The metadata packet, read back by an XMP library the way PDF readers and checkers read it. */
class XmpPacketTest {
    private static final Calendar DATE = date();

    @Test
    void aReaderFindsEveryFactWhereTheStandardPutsIt() throws Exception {
        PdfMetadata.Facts facts = new PdfMetadata.Facts("הזמנת ירקות באונליין · Grocer", "Dana Levi",
                "Ordering vegetables online", "Masa 1.0", "Masa 1.0 (PDFBox)", DATE);

        XMPMetadata xmp = read(XmpPacket.of(facts, false));

        DublinCoreSchema dc = xmp.getDublinCoreSchema();
        assertThat(dc.getTitle()).isEqualTo("הזמנת ירקות באונליין · Grocer");
        assertThat(dc.getCreators()).containsExactly("Dana Levi");
        assertThat(dc.getDescription()).isEqualTo("Ordering vegetables online");
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        assertThat(basic.getCreatorTool()).isEqualTo("Masa 1.0");
        assertThat(basic.getCreateDate().getTimeInMillis()).isEqualTo(DATE.getTimeInMillis());
        assertThat(basic.getModifyDate().getTimeInMillis()).isEqualTo(DATE.getTimeInMillis());
        AdobePDFSchema pdf = xmp.getAdobePDFSchema();
        assertThat(pdf.getProducer()).isEqualTo("Masa 1.0 (PDFBox)");
        assertThat(xmp.getPDFAIdentificationSchema()).isNull();
        assertThat(text(XmpPacket.of(facts, false))).contains("<pdfuaid:part>1</pdfuaid:part>");
    }

    @Test
    void pdfaClaimsPartTwoLevelB() throws Exception {
        PdfMetadata.Facts facts = new PdfMetadata.Facts("Map", null, "", "Masa", "Masa", DATE);

        XMPMetadata xmp = read(XmpPacket.of(facts, true));

        PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
        assertThat(id.getPart()).isEqualTo(2);
        assertThat(id.getConformance()).isEqualTo("B");
        assertThat(xmp.getDublinCoreSchema().getCreators()).isNullOrEmpty();
        assertThat(xmp.getDublinCoreSchema().getDescription()).isNull();
    }

    @Test
    void markupAndCharactersXmlCannotHoldDoNotBreakThePacket() throws Exception {
        String title = "Q&A <draft> \"v2\" \u0007bell, tab\there, emoji 😀, lone \ud800 surrogate";
        PdfMetadata.Facts facts = new PdfMetadata.Facts(title, "R&D", "a < b", "Masa", "Masa", DATE);

        XMPMetadata xmp = read(XmpPacket.of(facts, false));

        assertThat(xmp.getDublinCoreSchema().getTitle())
                .isEqualTo("Q&A <draft> \"v2\" bell, tab\there, emoji 😀, lone  surrogate");
        assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("R&D");
        assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo("a < b");
    }

    @Test
    void thePacketIsUtf8AndFramedForReadersThatScanForIt() {
        String packet = text(XmpPacket.of(new PdfMetadata.Facts("מפה", null, "", "Masa", "Masa", DATE), false));

        assertThat(packet).startsWith("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>")
                .endsWith("<?xpacket end=\"w\"?>").contains("מפה");
    }

    private static XMPMetadata read(byte[] packet) throws Exception {
        return new DomXmpParser().parse(new ByteArrayInputStream(packet));
    }

    private static String text(byte[] packet) {
        return new String(packet, StandardCharsets.UTF_8);
    }

    private static Calendar date() {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("Asia/Jerusalem"));
        date.clear();
        date.set(2026, Calendar.DECEMBER, 5, 15, 30, 0);
        return date;
    }
}
