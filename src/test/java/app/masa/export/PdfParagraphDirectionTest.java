package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.SampleMaps;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Extras;
import app.masa.model.JourneyMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hebrew sentences that start with a Latin word or a number read right to left in the PDF a reader copies from. */
class PdfParagraphDirectionTest {
    private static final List<String> TITLES = List.of("SMS אישור הזמנה", "SMS: הדגם הגיע", "120 ₪ לארגז",
            "(SAVE10) קוד", "www.example.com הזמנה", "Instagram");

    private final Path dir = TestMaps.tempDir();

    @Test
    void pdftotextFindsEachHebrewTitleLaidOutRightToLeft() throws Exception {
        JourneyMap map = SampleMaps.hebrew();
        Card model = map.cards().get(0);
        List<Card> cards = new ArrayList<>(map.cards());
        for (int i = 0; i < TITLES.size(); i++) {
            cards.add(new Card("t" + i, model.stageId(), model.laneId(), 10 + i, TITLES.get(i), "", CardType.NOTE, null,
                    null, List.of(), null, Extras.NONE));
        }
        Path pdf = dir.resolve("paragraph-direction.pdf");
        new PdfExporter().export(List.of(map.withCards(cards)),
                ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22)).withPage(PageSize.FIT), pdf,
                ExportProgress.NONE);

        Process p = new ProcessBuilder("pdftotext", "-raw", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        // pdftotext -raw writes each line's words as they sit on the page, left to right; a right-to-left
        // line therefore lists its last word first. Its direction marks are dropped before comparing.
        List<String> lines = text.replaceAll("[\u202A-\u202E]", "").lines().map(String::strip).toList();
        assertThat(lines).contains("הזמנה אישור SMS", "הגיע הדגם :SMS", "לארגז ₪ 120", "קוד (SAVE10)",
                "הזמנה www.example.com", "Instagram");
    }
}
