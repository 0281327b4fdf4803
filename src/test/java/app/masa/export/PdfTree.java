package app.masa.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** A tagged PDF's structure tree read back with PDFBox, each element with the text of its own marked content. */
record PdfTree(String type, String text, String alt, String lang, List<TextPosition> glyphs, Set<Integer> pages,
               List<PdfTree> kids) {

    static PdfTree read(PDDocument document) throws IOException {
        Map<String, PDMarkedContent> content = new HashMap<>();
        List<PDPage> pages = new ArrayList<>();
        document.getPages().forEach(pages::add);
        for (int i = 0; i < pages.size(); i++) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(pages.get(i));
            for (PDMarkedContent marked : extractor.getMarkedContents()) {
                if (marked.getMCID() >= 0) {
                    content.put(i + ":" + marked.getMCID(), marked);
                }
            }
        }
        return node(document.getDocumentCatalog().getStructureTreeRoot(), content, pages);
    }

    private static PdfTree node(PDStructureNode node, Map<String, PDMarkedContent> content, List<PDPage> pages) {
        List<PdfTree> kids = new ArrayList<>();
        List<TextPosition> glyphs = new ArrayList<>();
        Set<Integer> onPages = new TreeSet<>();
        StringBuilder text = new StringBuilder();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                kids.add(node(element, content, pages));
            } else if (kid instanceof PDMarkedContentReference reference) {
                int page = indexOf(pages, reference.getPage());
                onPages.add(page);
                read(content.get(page + ":" + reference.getMCID()), glyphs, text);
            } else if (kid instanceof Integer mcid && node instanceof PDStructureElement element) {
                int page = indexOf(pages, element.getPage());
                onPages.add(page);
                read(content.get(page + ":" + mcid), glyphs, text);
            }
        }
        if (node instanceof PDStructureElement element) {
            return new PdfTree(element.getStructureType(), text.toString(), element.getAlternateDescription(),
                    element.getLanguage(), glyphs, onPages, kids);
        }
        return new PdfTree("StructTreeRoot", text.toString(), null, null, glyphs, onPages, kids);
    }

    /** The glyphs of marked content in the order written, with a space where a new line starts, as extractors put one. */
    private static void read(PDMarkedContent marked, List<TextPosition> glyphs, StringBuilder text) {
        if (marked == null) {
            throw new AssertionError("a structure element names marked content the page does not have");
        }
        for (Object item : marked.getContents()) {
            if (item instanceof TextPosition glyph) {
                if (!glyphs.isEmpty() && Math.abs(glyph.getY() - glyphs.get(glyphs.size() - 1).getY()) > 0.5) {
                    text.append(' ');
                }
                glyphs.add(glyph);
                text.append(glyph.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                read(nested, glyphs, text);
            }
        }
    }

    private static int indexOf(List<PDPage> pages, PDPage page) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).getCOSObject() == page.getCOSObject()) {
                return i;
            }
        }
        return -1;
    }

    /** Every element below this one, depth first, in the tree's (reading) order. */
    List<PdfTree> all() {
        List<PdfTree> out = new ArrayList<>();
        for (PdfTree kid : kids) {
            out.add(kid);
            out.addAll(kid.all());
        }
        return out;
    }

    List<PdfTree> all(String wanted) {
        return all().stream().filter(n -> n.type().equals(wanted)).toList();
    }

    /** This element's text and all its descendants'. */
    String allText() {
        return text + kids.stream().map(PdfTree::allText).collect(Collectors.joining());
    }

    double minX() {
        return glyphs.stream().mapToDouble(TextPosition::getX).min().orElse(Double.NaN);
    }

    double maxX() {
        return glyphs.stream().mapToDouble(g -> g.getX() + g.getWidth()).max().orElse(Double.NaN);
    }
}
