package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.document.OpenDocument;
import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code masa paths import}: a spreadsheet's paths go on the map and into the report, or nothing changes. */
class PathsCommandTest {
    @TempDir
    Path folder;

    private Path journey;

    @BeforeEach
    void aMapFromTheFunnelTemplate() {
        journey = folder.resolve("plan.journey.json");
        assertThat(CliRun.of("new", "--template", "funnel", "-o", journey.toString()).exitCode()).isZero();
    }

    @Test
    void addsThePathsAfterTheMapsOwnAndTheReportCountsThem() throws Exception {
        List<ConversionPath> before = map().conversionPaths();
        Path csv = write("paths.csv", "path,conversions,value\n"
                + "Sponsored post > Home page > Checkout,12,1200\n"
                + "email > Checkout,3,\n");

        CliRun run = CliRun.of("paths", "import", journey.toString(), csv.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Added 2 paths (15 conversions)");
        List<ConversionPath> after = map().conversionPaths();
        assertThat(after).hasSize(before.size() + 2).startsWith(before.toArray(ConversionPath[]::new));
        assertThat(after.get(before.size()).steps()).containsExactly("c-sponsored-post", "c-home-page", "c-checkout");
        assertThat(after.get(before.size() + 1).steps()).containsExactly("channel:email", "c-checkout");
        assertThat(after.stream().map(ConversionPath::id).distinct()).hasSize(after.size());
        assertThat(CliRun.of("report", journey.toString()).out()).contains("| Email |");
    }

    @Test
    void aBadLineIsNamedAndTheJourneyFileStaysAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(journey);
        Path csv = write("paths.csv", "path,conversions\nSponsored post > Checkout,7\nNo such step > Checkout,many\n");

        CliRun run = CliRun.of("paths", "import", journey.toString(), csv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(csv + ":3: ");
        assertThat(Files.readAllBytes(journey)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNeitherCsvNorAWorkbookIsAUsageError() throws Exception {
        CliRun run = CliRun.of("paths", "import", journey.toString(), folder.resolve("paths.ods").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give a .csv or .xlsx file");
    }

    @Test
    void theConversionPathsSheetOfAnExportedWorkbookComesBackWhole() throws Exception {
        Path workbook = folder.resolve("plan.xlsx");
        assertThat(CliRun.of("export", journey.toString(), "-o", workbook.toString()).exitCode()).isZero();
        List<ConversionPath> before = map().conversionPaths();
        Path empty = folder.resolve("empty.journey.json");
        assertThat(CliRun.of("new", "--template", "funnel", "-o", empty.toString()).exitCode()).isZero();
        OpenDocument document = OpenDocument.open(empty);
        JourneyMap map = document.document().maps().get(0);
        document.apply(app.masa.edit.Edits.setConversionPaths(map.id(), map.conversionPaths(), List.of()));
        document.save();

        CliRun run = CliRun.of("paths", "import", empty.toString(), workbook.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(OpenDocument.open(empty).document().maps().get(0).conversionPaths())
                .extracting(ConversionPath::steps).isEqualTo(before.stream().map(ConversionPath::steps).toList());
    }

    private JourneyMap map() throws Exception {
        return OpenDocument.open(journey).document().maps().get(0);
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
