package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.CommentEdits;
import app.masa.layout.SampleMaps;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Comments stay out of a PDF unless asked for; asked, each thread is a note a viewer shows. */
class PdfCommentsTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(LocalDate.of(2026, 12, 5));
    private final Path dir = TestMaps.tempDir();

    @Test
    void aThreadBecomesOneNoteWithEveryRemarkOnlyWhenAsked() throws Exception {
        JourneyMap map = commented(SampleMaps.hebrew());

        List<Note> plain = notes(export(map, OPTIONS, "plain"));
        List<Note> asked = notes(export(map, OPTIONS.withComments(true), "asked"));

        assertThat(plain).isEmpty();
        assertThat(asked).hasSize(2);
        assertThat(asked).anySatisfy(note -> {
            assertThat(note.contents()).contains("דנה", "למה המחיר לא מופיע כאן?", "Noa", "It is, on the basket page");
            assertThat(note.author()).isEqualTo("דנה");
            assertThat(note.printed()).isTrue();
            assertThat(note.drawn()).isTrue();
        });
    }

    @Test
    void aPdfWithNotesStillPassesPdfUaAndPdfA() throws Exception {
        Path pdf = export(commented(SampleMaps.hebrew()), OPTIONS.withComments(true).withPdfa(true), "archived");

        assertThat(notes(pdf)).hasSize(2);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b").isEmpty();
    }

    private static JourneyMap commented(JourneyMap map) {
        JourneyFile file = JourneyFile.of(map);
        String card = map.cards().get(0).id();
        String stage = map.stages().get(1).id();
        Instant at = Instant.parse("2026-12-05T07:30:00Z");
        file = CommentEdits.comment(map.id(), card, "דנה", at, "למה המחיר לא מופיע כאן?").apply(file);
        file = CommentEdits.comment(map.id(), card, "Noa", at, "It is, on the basket page").apply(file);
        file = CommentEdits.comment(map.id(), stage, "", null, "Shorter name?").apply(file);
        return file.maps().get(0);
    }

    private Path export(JourneyMap map, ExportOptions options, String name) throws Exception {
        Path target = dir.resolve(name + ".pdf");
        new PdfExporter().export(List.of(map), options, target, ExportProgress.NONE);
        return target;
    }

    /** What a PDF viewer shows of a note: its text, its author, whether it prints and has a look of its own. */
    private record Note(String contents, String author, boolean printed, boolean drawn) {
    }

    private static List<Note> notes(Path pdf) throws Exception {
        List<Note> notes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationText note) {
                        notes.add(new Note(note.getContents(), note.getTitlePopup(), note.isPrinted(),
                                note.getAppearance() != null));
                    }
                }
            }
        }
        return notes;
    }
}
