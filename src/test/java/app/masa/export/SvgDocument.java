package app.masa.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** An exported SVG read with the JDK's XML parser, and what the SVG tests look for in it. */
final class SvgDocument {
    static final String SVG = "http://www.w3.org/2000/svg";

    final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    static SvgDocument parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new SvgDocument(factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    }

    List<Element> elements(String name) {
        return elements(document.getDocumentElement(), name);
    }

    static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(SVG, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** The group with this id, or null. */
    Element group(String id) {
        return elements("g").stream().filter(g -> g.getAttribute("id").equals(id)).findFirst().orElse(null);
    }

    /** The text of a group's own {@code <title>}, its first child element, or null when it has none. */
    static String title(Element group) {
        for (Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e.getLocalName().equals("title") ? e.getTextContent() : null;
            }
        }
        return null;
    }

    /** Each drawn line of text: a {@code <tspan>} of a paragraph, or a one-line {@code <text>}. */
    static List<Element> lineElements(Element text) {
        List<Element> tspans = elements(text, "tspan");
        return tspans.isEmpty() ? List.of(text) : tspans;
    }

    /** Every line of text in drawing order, without the invisible direction marks. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Element text : elements("text")) {
            lineElements(text).forEach(line -> lines.add(withoutMarks(line.getTextContent())));
        }
        return lines;
    }

    static String withoutMarks(String s) {
        return s.replace(String.valueOf(SvgLinePlacement.RIGHT_TO_LEFT_EMBEDDING), "")
                .replace(String.valueOf(SvgLinePlacement.POP_DIRECTIONAL_FORMATTING), "");
    }
}
