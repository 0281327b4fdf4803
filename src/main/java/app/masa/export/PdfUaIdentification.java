package app.masa.export;

import java.nio.charset.StandardCharsets;

/**
 * The PDF/UA-1 claim in a document's XMP metadata ({@code pdfuaid:part 1}), with the description of
 * its schema that PDF/A asks for every schema outside its own list. XMPBox has no class for this
 * schema, so the fixed block is added to the serialised metadata, just before the end of its RDF.
 */
final class PdfUaIdentification {
    private static final String END_OF_RDF = "</rdf:RDF>";

    private static final String BLOCK = """
            <rdf:Description xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" \
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#" rdf:about="">
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
            <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
            """;

    private PdfUaIdentification() {
    }

    static byte[] addTo(byte[] xmp) {
        String text = new String(xmp, StandardCharsets.UTF_8);
        int end = text.lastIndexOf(END_OF_RDF);
        if (end < 0) {
            throw new IllegalStateException("the metadata has no RDF element");
        }
        return (text.substring(0, end) + BLOCK + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
