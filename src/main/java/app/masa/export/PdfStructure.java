package app.masa.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The logical structure of a tagged PDF: one Document element holding each map's and each report's
 * part in reading order, the parent tree that leads from marked content back to its element, and
 * the catalog entries that say the file is tagged, in which language, and that a viewer shows its
 * title rather than its file name (PDF/UA asks for all three).
 */
final class PdfStructure {
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document = new PDStructureElement("Document", root);
    private final List<PdfMarkedPage> pages = new ArrayList<>();
    private final List<Annotated> annotations = new ArrayList<>();

    /** A note on a page and the element that tags it. */
    private record Annotated(PDAnnotation annotation, PDStructureElement element) {
    }

    PdfStructure() {
        root.appendKid(document);
    }

    /** Starts the marked content of a new page; its number in the parent tree is its place in the document. */
    PdfMarkedPage page(PDPage page, PDPageContentStream out) {
        page.setStructParents(pages.size());
        PdfMarkedPage marked = new PdfMarkedPage(page, out);
        pages.add(marked);
        return marked;
    }

    /** Adds a map's or a report's part after the ones before it; an empty part is left out. */
    void add(PDStructureElement part) {
        if (part != null && !part.getKids().isEmpty()) {
            document.appendKid(part);
        }
    }

    /**
     * Tags a note as an annotation of the document, described by its text, after the parts before it;
     * its page then takes the keyboard through its annotations in structure order.
     */
    void annotation(PDPage page, PDAnnotation annotation, String description) {
        annotation(page, annotation, description, "Annot");
    }

    /** As {@link #annotation(PDPage, PDAnnotation, String)}, as an element of a type ("Link" for a link). */
    void annotation(PDPage page, PDAnnotation annotation, String description, String type) {
        PDStructureElement element = new PDStructureElement(type, document);
        element.setAlternateDescription(description);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        element.appendKid(reference);
        element.setPage(page);
        document.appendKid(element);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        annotations.add(new Annotated(annotation, element));
    }

    void finish(PDDocument pdf, String languageTag) {
        Map<Integer, COSObjectable> parentTree = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            COSArray parents = new COSArray();
            pages.get(i).parents().forEach(e -> parents.add(e.getCOSObject()));
            parentTree.put(i, parents);
        }
        // A note's key follows the pages': the parent tree leads from it straight to its element.
        for (int i = 0; i < annotations.size(); i++) {
            int key = pages.size() + i;
            annotations.get(i).annotation().setStructParent(key);
            parentTree.put(key, annotations.get(i).element());
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(COSArray.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(pages.size() + annotations.size());
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setLanguage(languageTag);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }
}
