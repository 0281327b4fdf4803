package app.masa.export;

import app.masa.layout.TextLine;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * The structure of one insights report in a tagged PDF: its title, a section per topic with its
 * heading and either a table (header cells say they head their column) or a note. The report is
 * drawn in reading order, so elements are added as their parts begin. A header row repeated on a
 * continued page is an artifact: the table already has its header.
 */
final class ReportTags implements PdfTags {
    private final PDStructureElement report = new PDStructureElement("Sect", null);
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    private int repeatDepth;
    private PdfMarkedPage page;

    ReportTags(String languageTag) {
        report.setLanguage(languageTag);
    }

    void onPage(PdfMarkedPage next) {
        this.page = next;
    }

    PDStructureElement structure() {
        return report;
    }

    @Override
    public void beginPart(ReportPart part) {
        if (repeatDepth > 0 || part == ReportPart.REPEATED_HEADER_ROW) {
            repeatDepth++;
            return;
        }
        PDStructureElement parent = open.isEmpty() ? report : open.peek();
        PDStructureElement element = new PDStructureElement(type(part), parent);
        if (part == ReportPart.HEADER_CELL) {
            PDTableAttributeObject scope = new PDTableAttributeObject();
            scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
            element.addAttribute(scope);
        }
        parent.appendKid(element);
        open.push(element);
    }

    @Override
    public void endPart() {
        if (repeatDepth > 0) {
            repeatDepth--;
            return;
        }
        open.pop();
    }

    @Override
    public void before(Ink ink, TextLine line) {
        page.enter(ink != Ink.TEXT || repeatDepth > 0 ? null : open.peek());
    }

    private static String type(ReportPart part) {
        return switch (part) {
            case TITLE -> "H1";
            case SECTION -> "Sect";
            case HEADING -> "H2";
            case NOTE -> "P";
            case TABLE -> "Table";
            case HEADER_ROW, REPEATED_HEADER_ROW, ROW -> "TR";
            case HEADER_CELL -> "TH";
            case CELL -> "TD";
        };
    }
}
