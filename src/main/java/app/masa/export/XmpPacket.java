package app.masa.export;

import app.masa.i18n.MarkupText;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.util.DateConverter;

/**
 * The XMP metadata of an exported PDF: title, author and subject (Dublin Core), the tool and dates,
 * the producer, the PDF/UA-1 claim with the description of its schema that PDF/A asks for every
 * schema outside its own list, and for PDF/A-2b its claim.
 *
 * <p>The packet has one fixed shape with a handful of values, so it is written as text. A general
 * XMP library builds a DOM and serialises it through an XSLT transformer, which costs about 90 ms
 * of a cold command-line export for these two kilobytes.
 */
final class XmpPacket {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static final String PDF_UA_SCHEMA = """
                <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" \
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                  <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                      <pdfaProperty:name>part</pdfaProperty:name>
                      <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                      <pdfaProperty:category>internal</pdfaProperty:category>
                      <pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to</pdfaProperty:description>
                    </rdf:li></rdf:Seq></pdfaSchema:property>
                  </rdf:li></rdf:Bag></pdfaExtension:schemas>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                  <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
            """;

    private final StringBuilder out = new StringBuilder(2048);

    private XmpPacket() {
    }

    static byte[] of(PdfMetadata.Facts facts, boolean pdfa) {
        return new XmpPacket().write(facts, pdfa).getBytes(StandardCharsets.UTF_8);
    }

    private String write(PdfMetadata.Facts facts, boolean pdfa) {
        // The begin attribute holds a byte-order mark, by which a reader tells the packet's encoding.
        out.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("  <rdf:RDF xmlns:rdf=\"").append(RDF).append("\">\n");
        open("dc", "http://purl.org/dc/elements/1.1/");
        alternative("dc:title", facts.title());
        if (facts.author() != null && !facts.author().isBlank()) {
            out.append("      <dc:creator><rdf:Seq><rdf:li>");
            out.append(MarkupText.escape(facts.author()));
            out.append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!facts.subject().isBlank()) {
            alternative("dc:description", facts.subject());
        }
        close();
        String date = DateConverter.toISO8601(facts.date());
        open("xmp", "http://ns.adobe.com/xap/1.0/");
        property("xmp:CreatorTool", facts.creator());
        property("xmp:CreateDate", date);
        property("xmp:ModifyDate", date);
        close();
        open("pdf", "http://ns.adobe.com/pdf/1.3/");
        property("pdf:Producer", facts.producer());
        close();
        if (pdfa) {
            open("pdfaid", "http://www.aiim.org/pdfa/ns/id/");
            property("pdfaid:part", "2");
            property("pdfaid:conformance", "B");
            close();
        }
        out.append(PDF_UA_SCHEMA)
                .append("  </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return out.toString();
    }

    private void open(String prefix, String namespace) {
        out.append("    <rdf:Description rdf:about=\"\" xmlns:").append(prefix).append("=\"").append(namespace)
                .append("\">\n");
    }

    private void close() {
        out.append("    </rdf:Description>\n");
    }

    private void property(String name, String value) {
        out.append("      <").append(name).append('>');
        out.append(MarkupText.escape(value));
        out.append("</").append(name).append(">\n");
    }

    /** A text property that may be given in several languages; a PDF has one, the default. */
    private void alternative(String name, String value) {
        out.append("      <").append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">");
        out.append(MarkupText.escape(value));
        out.append("</rdf:li></rdf:Alt></").append(name).append(">\n");
    }
}
