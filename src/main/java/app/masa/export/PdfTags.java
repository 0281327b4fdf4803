package app.masa.export;

import app.masa.layout.Group;
import app.masa.layout.TextLine;

/**
 * Decides, for each drawing on a PDF page, whether it is part of the document's structure (and of
 * which element) or an artifact, and opens the matching marked-content sequence before it is drawn.
 * A screen reader hears the structure elements and skips the artifacts.
 */
interface PdfTags {
    /** What a drawing puts on the page: text is what readers hear; shapes are usually decoration. */
    enum Ink { TEXT, SHAPE, IMAGE }

    /** Called before every drawing on the page, with the line when the drawing is text (else null). */
    void before(Ink ink, TextLine line);

    default void beginGroup(Group group) {
    }

    default void endGroup() {
    }

    default void beginPart(ReportPart part) {
    }

    default void endPart() {
    }

    /** Everything drawn is an artifact: the footer, the page number, the clip of a tile. */
    static PdfTags artifacts(PdfMarkedPage page) {
        return (ink, line) -> page.enter(null);
    }
}
