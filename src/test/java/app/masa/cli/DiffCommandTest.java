package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.document.OpenDocument;
import app.masa.edit.Edits;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code masa diff}: what changed between two versions of a map, said the way a person would. */
class DiffCommandTest {
    @TempDir
    Path folder;

    private Path before;
    private Path after;

    @BeforeEach
    void twoVersions() throws Exception {
        before = folder.resolve("before.journey.json");
        after = folder.resolve("after.journey.json");
        assertThat(CliRun.of("new", "--template", "organic-grocer", "-o", before.toString()).exitCode()).isZero();
        Files.copy(before, after);
    }

    @Test
    void theSameMapTwiceHasNoDifferencesAndExitsZero() {
        CliRun run = CliRun.of("diff", before.toString(), after.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("No differences.\n");
    }

    @Test
    void saysWhatMovedWasRescoredRenamedAddedAndRemoved() throws Exception {
        OpenDocument document = OpenDocument.open(after);
        JourneyMap map = document.document().maps().get(0);
        Card order = card(map, "c-online-order");
        document.apply(Edits.moveCards(map.id(), List.of("c-leaves"), "conversion", "pain-points", 0));
        document.apply(Edits.changeCard(map.id(), order, order.withTitle("Online order form")));
        document.apply(Edits.setCardScore(map.id(), order.id(), 1));
        document.apply(Edits.deleteCards(map.id(), List.of("c-fridge-magnet")));
        document.save();

        CliRun run = CliRun.of("diff", before.toString(), after.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).contains(
                "~ card \"Leaves to check competitors\": moved from Consideration \u00b7 Pain points to Conversion \u00b7 Pain points",
                "~ card \"Online order form\": score \u22121 \u2192 +1",
                "~ card \"Online order form\": renamed from \"Online order\"",
                "\u2212 card \"Fridge magnet\"");
        assertThat(run.out()).contains("\u2212 arrow \"Fridge magnet \u2192 Orders again\"");
    }

    @Test
    void aPictureEvidenceOrOpportunityChangedIsSaid() throws Exception {
        OpenDocument document = OpenDocument.open(after);
        JourneyMap map = document.document().maps().get(0);
        Card magnet = card(map, "c-fridge-magnet");
        Card order = card(map, "c-online-order");
        document.apply(Edits.setCardPicture(map.id(), magnet.id(), magnet.picture().withFocus(0.1, 0.9)));
        document.apply(Edits.changeCard(map.id(), order, order.withEvidence(app.masa.model.Evidence.assumption())));
        document.save();

        CliRun run = CliRun.of("diff", before.toString(), after.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).contains("~ card \"Fridge magnet\": picture changed",
                "~ card \"Online order\": evidence changed");
    }

    @Test
    void jsonNamesEachChangeForTools() throws Exception {
        OpenDocument document = OpenDocument.open(after);
        JourneyMap map = document.document().maps().get(0);
        document.apply(Edits.setCardScore(map.id(), "c-delivery", -2));
        document.save();

        CliRun run = CliRun.of("diff", before.toString(), after.toString(), "--format", "json");

        JsonNode changes = new ObjectMapper().readTree(run.out());
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path("change").asText()).isEqualTo("rescored");
        assertThat(changes.get(0).path("element").asText()).isEqualTo("card");
        assertThat(changes.get(0).path("id").asText()).isEqualTo("c-delivery");
        assertThat(changes.get(0).path("to").asText()).isEqualTo("\u22122");
    }

    @Test
    void inHebrewTheLinesAreHebrew() throws Exception {
        OpenDocument document = OpenDocument.open(after);
        JourneyMap map = document.document().maps().get(0);
        document.apply(Edits.deleteCards(map.id(), List.of("c-punch-card")));
        document.save();

        CliRun run = CliRun.of("--lang", "he", "diff", before.toString(), after.toString());

        assertThat(run.out()).contains("\u2212 \u05db\u05e8\u05d8\u05d9\u05e1 \"Smoothie punch card\"");
    }

    @Test
    void oneFileIsWrittenAsReadableLinesForGitsTextconv() {
        CliRun run = CliRun.of("diff", before.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).contains("stage: Awareness", "lane: Touchpoints",
                "Awareness \u00b7 Touchpoints: Sponsored Facebook post (0)",
                "Conversion \u00b7 Touchpoints: Online order (\u22121)",
                "arrow: Sponsored Facebook post \u2192 Real photos on the site: clicks the post");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(CliRun.of("diff", before.toString(), after.toString(), "--format", "xml").exitCode()).isEqualTo(2);
    }

    private static Card card(JourneyMap map, String id) {
        return map.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
