package app.masa.export;

import app.masa.i18n.Messages;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.model.Comment;
import app.masa.model.CommentThread;
import app.masa.model.JourneyMap;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

/**
 * A map's comment threads as PDF notes, when the person asks for them: one note per thread, at the
 * top reading-end corner of the card, stage or lane it is about, holding every remark with its
 * author and time. On a tiled map each note goes on the first tile that shows its corner. The
 * notes are printable, carry their own appearance (PDF/A) and are tagged as annotations (PDF/UA).
 */
final class PdfComments {
    private static final float SIZE = 18;
    private static final PDColor AMBER = new PDColor(new float[] {0.96f, 0.62f, 0.04f}, PDDeviceRGB.INSTANCE);

    private final JourneyMap map;
    private final MapLayout layout;
    private final Locale locale;
    private final Set<String> placed = new HashSet<>();

    PdfComments(JourneyMap map, MapLayout layout) {
        this.map = map;
        this.layout = layout;
        this.locale = Locale.forLanguageTag(map.language());
    }

    /** Adds the notes whose corner this page shows and that no earlier page of the map took. */
    void annotate(PDDocument document, PDPage pdfPage, PdfPage page, PdfStructure structure) throws IOException {
        for (CommentThread thread : map.comments()) {
            Rect on = layout.boundsOf(thread.target()).orElse(null);
            if (on == null || thread.comments().isEmpty() || placed.contains(thread.id())) {
                continue;
            }
            boolean rtl = layout.direction().isRightToLeft();
            double x = rtl ? on.x() : on.maxX();
            double y = on.y();
            if (page.window() != null && !page.window().contains(x, y)) {
                continue;
            }
            placed.add(thread.id());
            float pageX = (float) (page.originX() + x * page.scale());
            float pageY = (float) (page.height() - page.originY() - y * page.scale());
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(rtl ? pageX : pageX - SIZE, pageY - SIZE / 2, SIZE, SIZE));
            note.setName(PDAnnotationText.NAME_COMMENT);
            note.setContents(text(thread));
            note.setTitlePopup(thread.comments().get(0).author());
            note.setSubject(Messages.get(locale, "export.comments.subject"));
            note.setColor(AMBER);
            note.setPrinted(true);
            note.setOpen(false);
            note.constructAppearances(document);
            pdfPage.getAnnotations().add(note);
            structure.annotation(pdfPage, note, note.getContents());
        }
    }

    private String text(CommentThread thread) {
        StringBuilder text = new StringBuilder();
        if (thread.resolved()) {
            text.append(Messages.get(locale, "export.comments.resolved")).append("\n\n");
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault());
        for (Comment c : thread.comments()) {
            if (text.length() > 0 && !text.toString().endsWith("\n\n")) {
                text.append("\n\n");
            }
            String author = c.author().isBlank() ? Messages.get(locale, "comments.anonymous") : c.author();
            text.append(author);
            if (c.time() != null) {
                text.append(" (").append(when.format(c.time())).append(')');
            }
            text.append(":\n").append(c.text());
        }
        return text.toString();
    }
}
