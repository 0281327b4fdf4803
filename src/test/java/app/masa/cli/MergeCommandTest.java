package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.document.OpenDocument;
import app.masa.edit.Edits;
import app.masa.io.JourneyFiles;
import app.masa.model.Card;
import app.masa.model.ConflictKind;
import app.masa.model.JourneyMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code masa merge}: exit codes, the lines it prints, and what it writes or leaves alone. */
class MergeCommandTest {
    @TempDir
    Path folder;

    private Path base;
    private Path ours;
    private Path theirs;
    private Path out;

    @BeforeEach
    void threeVersions() throws Exception {
        base = folder.resolve("base.journey.json");
        ours = folder.resolve("ours.journey.json");
        theirs = folder.resolve("theirs.journey.json");
        out = folder.resolve("out.journey.json");
        assertThat(CliRun.of("new", "--template", "organic-grocer", "-o", base.toString()).exitCode()).isZero();
        Files.copy(base, ours);
        Files.copy(base, theirs);
    }

    private static void retitle(Path file, String cardId, String title) throws Exception {
        OpenDocument document = OpenDocument.open(file);
        JourneyMap map = document.document().maps().get(0);
        Card card = map.card(cardId).orElseThrow();
        document.apply(Edits.changeCard(map.id(), card, card.withTitle(title)));
        document.save();
    }

    @Test
    void aCleanMergeExitsZeroAndWritesTheSameBytesEachTime() throws Exception {
        retitle(ours, "c-online-order", "Online order form");
        retitle(theirs, "c-fridge-magnet", "Fridge magnet with a QR code");

        CliRun run = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        JourneyMap merged = JourneyFiles.load(out).maps().get(0);
        assertThat(merged.card("c-online-order").orElseThrow().title()).isEqualTo("Online order form");
        assertThat(merged.card("c-fridge-magnet").orElseThrow().title()).isEqualTo("Fridge magnet with a QR code");
        byte[] first = Files.readAllBytes(out);
        CliRun.of("merge", base.toString(), ours.toString(), theirs.toString(), "-o", out.toString());
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
        assertThat(Files.exists(folder.resolve("out.journey.json.bak"))).as("no backup beside a merge").isFalse();
    }

    @Test
    void aConflictExitsOneWithALinePerConflictAndAValidFileThatMarksIt() throws Exception {
        retitle(ours, "c-online-order", "Order form");
        retitle(theirs, "c-online-order", "Checkout page");

        CliRun run = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString(), "-o", ours.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).singleElement().asString()
                .contains("card “Order form”", "title: \"Order form\" in ours, \"Checkout page\" in theirs");
        assertThat(run.err()).contains("One conflict is kept in ours.journey.json");
        assertThat(CliRun.of("validate", ours.toString()).exitCode()).isZero();
        assertThat(JourneyFiles.load(ours).maps().get(0).conflict(ConflictKind.CARD, "c-online-order")).isPresent();
    }

    @Test
    void theConflictLinesSpeakHebrewWhenAsked() throws Exception {
        retitle(ours, "c-online-order", "Order form");
        retitle(theirs, "c-online-order", "Checkout page");

        CliRun run = CliRun.of("--lang", "he", "merge", base.toString(), ours.toString(), theirs.toString(),
                "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("התנגשות בכרטיס", "בגרסה שלנו", "בגרסה שלהם");
    }

    @Test
    void damagedJsonIsNamedAndNothingIsWritten() throws Exception {
        Files.writeString(theirs, "{ \"format\": \"masa-journey\", \"version\": 1, \"maps\": [", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("theirs.journey.json").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aNewerVersionIsRefusedNamingTheFileAndOursIsLeftAlone() throws Exception {
        String text = Files.readString(theirs).replace("\"version\": 1", "\"version\": 99");
        Files.writeString(theirs, text);
        byte[] before = Files.readAllBytes(ours);

        CliRun run = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString(), "-o", ours.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("theirs.journey.json").contains("99");
        assertThat(Files.readAllBytes(ours)).isEqualTo(before);
    }

    @Test
    void threeUnrelatedFilesAreRefused() throws Exception {
        Files.delete(theirs);
        assertThat(CliRun.of("new", "--template", "funnel", "-o", theirs.toString()).exitCode()).isZero();
        String other = Files.readString(theirs).replaceAll("\"created\": \"[^\"]+\"", "\"created\": \"2020-01-01T00:00:00Z\"");
        Files.writeString(theirs, other);

        CliRun run = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("base.journey.json and theirs.journey.json are not versions of one file");
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutAnOutputItIsAUsageError() {
        CliRun run = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--output");
    }
}
