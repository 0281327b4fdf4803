package app.masa.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;

/**
 * The marked-content sequences of one page. At most one is open at a time, never nested, so that no
 * artifact sits inside real content or the other way round: a drawing for another element closes
 * the open sequence and starts its own. Each tagged sequence gets the page's next MCID, and the
 * element it belongs to is remembered for the document's parent tree.
 */
final class PdfMarkedPage {
    private final PDPage page;
    private final PDPageContentStream out;
    /** The element of each MCID, in MCID order: the page's entry in the parent tree. */
    private final List<PDStructureElement> parents = new ArrayList<>();
    private PDStructureElement open;
    private boolean artifactOpen;

    PdfMarkedPage(PDPage page, PDPageContentStream out) {
        this.page = page;
        this.out = out;
    }

    PDPage page() {
        return page;
    }

    List<PDStructureElement> parents() {
        return parents;
    }

    /** Makes sure what is drawn next belongs to the element, or is an artifact when it is null. */
    void enter(PDStructureElement element) {
        try {
            if (element == null) {
                if (!artifactOpen) {
                    close();
                    out.beginMarkedContent(COSName.ARTIFACT);
                    artifactOpen = true;
                }
                return;
            }
            if (element == open) {
                return;
            }
            close();
            int mcid = parents.size();
            parents.add(element);
            // The MCID goes in an inline dictionary, as most writers put it: PDFBox's own reader and
            // several other tools do not look a named property list up in the page's resources.
            out.appendRawCommands("/" + element.getStructureType() + " <</MCID " + mcid + ">> BDC\n");
            addKid(element, mcid);
            open = element;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An element's content on its own page is listed by MCID alone; on another page (a report table
     * continued overleaf) it needs a reference that names the page. Bare MCIDs keep large maps small.
     */
    private void addKid(PDStructureElement element, int mcid) {
        COSDictionary elementPage = element.getCOSObject().getCOSDictionary(COSName.PG);
        if (elementPage == null) {
            element.setPage(page);
            elementPage = page.getCOSObject();
        }
        if (elementPage == page.getCOSObject()) {
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            element.appendKid(PDMarkedContent.create(COSName.getPDFName(element.getStructureType()), properties));
            return;
        }
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
    }

    /** Ends the open sequence; called before the page's graphics state is restored and at its end. */
    void close() {
        if (open == null && !artifactOpen) {
            return;
        }
        try {
            out.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open = null;
        artifactOpen = false;
    }
}
