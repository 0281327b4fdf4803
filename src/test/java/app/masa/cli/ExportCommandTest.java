package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.JourneyCodec;
import app.masa.io.JourneyFiles;
import app.masa.layout.SampleMaps;
import app.masa.model.Brand;
import app.masa.model.CardType;
import app.masa.model.JourneyFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ExportCommandTest {
    private Path dir;
    private Path journey;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private PrintStream originalOut;

    @BeforeEach
    void setUp() throws IOException {
        dir = Files.createTempDirectory("masa-cli-export");
        journey = dir.resolve("grocer.journey.json");
        try (InputStream in = getClass().getResourceAsStream("/app/masa/templates/organic-grocer.he.journey.json")) {
            Files.write(journey, in.readAllBytes());
        }
        originalErr = System.err;
        originalOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void tearDown() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", "en", "export"));
        all.addAll(List.of(args));
        return MasaCommand.run(file -> {
            throw new AssertionError("the designer must not open");
        }, all.toArray(String[]::new));
    }

    @Test
    void writesEachFormatChosenByTheExtension() throws Exception {
        assertThat(run(journey.toString(), "-o", dir.resolve("map.pdf").toString(), "--page", "A3", "--landscape"))
                .isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("map.pdf").toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(1190.55f);
        }
        assertThat(run(journey.toString(), "-o", dir.resolve("map.png").toString(), "--scale", "1", "--transparent"))
                .isZero();
        assertThat(Files.readAllBytes(dir.resolve("map.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(run(journey.toString(), "-o", dir.resolve("map.svg").toString(), "--no-title")).isZero();
        assertThat(Files.readString(dir.resolve("map.svg"))).startsWith("<?xml").contains("<svg");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("map.pdf", "map.png", "map.svg");
    }

    @Test
    void theFilesBrandIsWornUnlessThePlainExportIsAskedFor() throws Exception {
        JourneyFile file = JourneyCodec.read(Files.readAllBytes(journey), "grocer.journey.json");
        Brand brand = new Brand(SampleMaps.logo(300, 100), List.of("#2f6b3a"),
                java.util.Map.of(CardType.TOUCHPOINT, "#123456"), app.masa.model.TitleTypeface.FRANK_RUHL_LIBRE, null);
        Files.write(journey, JourneyCodec.write(file.withBrand(brand)));

        assertThat(run(journey.toString(), "-o", dir.resolve("branded.pdf").toString(), "--page", "A3")).isZero();
        assertThat(run(journey.toString(), "-o", dir.resolve("plain.pdf").toString(), "--page", "A3", "--plain")).isZero();
        assertThat(run(journey.toString(), "-o", dir.resolve("branded.svg").toString())).isZero();
        assertThat(run(journey.toString(), "-o", dir.resolve("plain.svg").toString(), "--plain")).isZero();

        assertThat(images(dir.resolve("branded.pdf"))).isEqualTo(images(dir.resolve("plain.pdf")) + 1);
        assertThat(fonts(dir.resolve("branded.pdf"))).anyMatch(name -> name.contains("FrankRuhlLibre"));
        assertThat(fonts(dir.resolve("plain.pdf"))).noneMatch(name -> name.contains("FrankRuhlLibre"));
        assertThat(Files.readString(dir.resolve("branded.svg"))).contains("#123456", "#2f6b3a", "<image",
                "@font-face { font-family: 'Frank Ruhl Libre'", "font-family=\"'Frank Ruhl Libre', serif\"");
        assertThat(Files.readString(dir.resolve("plain.svg"))).doesNotContain("#123456", "#2f6b3a", "Frank Ruhl");
    }

    @Test
    void commentsGoIntoThePdfAsNotesOnlyWithTheOption() throws Exception {
        JourneyFile file = JourneyCodec.read(Files.readAllBytes(journey), "grocer.journey.json");
        var map = file.maps().get(0);
        file = app.masa.edit.CommentEdits.comment(map.id(), map.cards().get(0).id(), "Dana", null, "Price?").apply(file);
        Files.write(journey, JourneyCodec.write(file));

        assertThat(run(journey.toString(), "-o", dir.resolve("notes.pdf").toString(), "--page", "A3", "--comments"))
                .isZero();
        assertThat(run(journey.toString(), "-o", dir.resolve("quiet.pdf").toString(), "--page", "A3")).isZero();

        assertThat(notes(dir.resolve("notes.pdf"))).isEqualTo(1);
        assertThat(notes(dir.resolve("quiet.pdf"))).isZero();
    }

    private static int notes(Path pdf) throws IOException {
        int notes = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (var page : document.getPages()) {
                notes += (int) page.getAnnotations().stream()
                        .filter(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText).count();
            }
        }
        return notes;
    }

    /** The names of the fonts the PDF's pages use. */
    private static java.util.Set<String> fonts(Path pdf) throws IOException {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }

    private static int images(Path pdf) throws IOException {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
        }
        return images;
    }

    @Test
    void outlinesWriteTheTextOfAnSvgAsShapes() throws Exception {
        assertThat(run(journey.toString(), "-o", dir.resolve("text.svg").toString())).isZero();
        assertThat(run(journey.toString(), "-o", dir.resolve("shapes.svg").toString(), "--outlines")).isZero();
        assertThat(Files.readString(dir.resolve("text.svg"))).contains("<text ", "@font-face");
        assertThat(Files.readString(dir.resolve("shapes.svg"))).doesNotContain("<text ", "@font-face")
                .contains("<path class=\"text\" aria-label=\"חנות ירקות");
    }

    @Test
    void choosesMapsByNumberOrTitleAndTilesPdfA() throws Exception {
        assertThat(run(journey.toString(), "-o", dir.resolve("tiles.pdf").toString(), "--map", "1", "--tiles",
                "--portrait", "--pdfa")).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("tiles.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
        }
        assertThat(run(journey.toString(), "-o", dir.resolve("none.pdf").toString(), "--map", "No such map"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No map \"No such map\"");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run(journey.toString(), "-o", dir.resolve("map.docx").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("map.docx", ".pdf, .png, .svg, .csv or .mmd");
        assertThat(run(journey.toString(), "-o", dir.resolve("map.pdf").toString(), "--page", "B5")).isEqualTo(2);
        assertThat(run(journey.toString(), "-o", dir.resolve("map.png").toString(), "--scale", "2", "--dpi", "300"))
                .isEqualTo(2);
        assertThat(run(journey.toString())).isEqualTo(2);
        assertThat(dir.resolve("map.pdf")).doesNotExist();
    }

    @Test
    void csvAndMermaidOutputsCarryTheCards() throws Exception {
        assertThat(run(journey.toString(), "-o", dir.resolve("map.csv").toString())).isEqualTo(0);
        assertThat(run(journey.toString(), "-o", dir.resolve("map.mmd").toString())).isEqualTo(0);
        String csv = Files.readString(dir.resolve("map.csv"), StandardCharsets.UTF_8);
        String mermaid = Files.readString(dir.resolve("map.mmd"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFstage,lane,title");
        assertThat(mermaid).startsWith("journey");
    }

    @Test
    void anUnreadableMapOrAnUnwritableOutputExitsWithOneAndAPlainMessage() throws Exception {
        Path broken = dir.resolve("broken.journey.json");
        Files.writeString(broken, "{ \"format\": \"masa-journey\", ");
        assertThat(run(broken.toString(), "-o", dir.resolve("x.pdf").toString())).isEqualTo(1);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("broken.journey.json").doesNotContain("Exception", "\tat ");

        err.reset();
        assertThat(run(journey.toString(), "-o", dir.resolve("missing/x.pdf").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("x.pdf").doesNotContain("Exception");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void anExistingOutputIsReplacedWhole() throws Exception {
        Path target = dir.resolve("again.pdf");
        Files.writeString(target, "old");
        assertThat(run(journey.toString(), "-o", target.toString())).isZero();
        assertThat(Files.readString(target, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }

    @Test
    void reportAddsInsightPagesToAPdfAndIsAUsageErrorForOtherFormats() throws Exception {
        assertThat(run(journey.toString(), "-o", dir.resolve("plain.pdf").toString())).isZero();
        assertThat(run(journey.toString(), "-o", dir.resolve("report.pdf").toString(), "--report")).isZero();
        try (PDDocument plain = Loader.loadPDF(dir.resolve("plain.pdf").toFile());
             PDDocument withReport = Loader.loadPDF(dir.resolve("report.pdf").toFile())) {
            assertThat(withReport.getNumberOfPages()).isGreaterThan(plain.getNumberOfPages());
        }

        err.reset();
        assertThat(run(journey.toString(), "-o", dir.resolve("map.png").toString(), "--report")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--report", "map.png").doesNotContain("Exception");
        assertThat(dir.resolve("map.png")).doesNotExist();
    }

    @Test
    void aHebrewMapsReportIsHebrewUnlessLangAsksForAnother() throws Exception {
        Path hebrew = dir.resolve("he.pdf");
        assertThat(MasaCommand.run(file -> {
            throw new AssertionError("the designer must not open");
        }, "export", journey.toString(), "-o", hebrew.toString(), "--report")).isZero();
        String text = text(hebrew);
        assertThat(text).contains("תובנות:", "נקודות כאב לפי שלב", "עמוד")
                .doesNotContain("Insights:", "Pain points by stage", "Page ");

        Path english = dir.resolve("en.pdf");
        assertThat(run(journey.toString(), "-o", english.toString(), "--report")).isZero();
        assertThat(text(english)).contains("Insights:", "Pain points by stage");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void everyFormatIsWrittenWithTheSameFileMode() throws Exception {
        Set<Set<PosixFilePermission>> modes = new HashSet<>();
        for (String name : List.of("map.pdf", "map.png", "map.svg", "map.csv", "map.mmd")) {
            assertThat(run(journey.toString(), "-o", dir.resolve(name).toString())).isZero();
            modes.add(Files.getPosixFilePermissions(dir.resolve(name)));
        }
        assertThat(modes).as("CSV and Mermaid were private (0600), pictures readable by all").hasSize(1);
        assertThat(modes.iterator().next()).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void withoutAPageTheExportSaysWhichReadablePaperItChoseAndASmallChosenPageIsWarnedAbout() throws Exception {
        assertThat(run(journey.toString(), "-o", dir.resolve("chosen.pdf").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("Printed on \\S+.*: card text \\d+\\.\\d pt");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Warning");

        Path big = dir.resolve("big.journey.json");
        JourneyFiles.save(big, JourneyFile.of(SampleMaps.generated(8, 6, 1000, 11)));
        assertThat(run(big.toString(), "-o", dir.resolve("big.pdf").toString(), "--page", "A4")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).containsPattern("card text prints at \\d\\.\\d pt on A4")
                .contains("--tiles");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theMetricsLaneIsAddedOnlyWhenAskedForInTheMapsLanguage() throws Exception {
        assertThat(run(journey.toString(), "-o", dir.resolve("plain.svg").toString())).isZero();
        assertThat(run(journey.toString(), "-o", dir.resolve("lane.svg").toString(), "--metrics-lane")).isZero();
        String plain = Files.readString(dir.resolve("plain.svg"), StandardCharsets.UTF_8);
        String lane = Files.readString(dir.resolve("lane.svg"), StandardCharsets.UTF_8);
        assertThat(plain).doesNotContain("<g class=\"metrics\"", "מדדים");
        assertThat(lane).contains("<g class=\"metrics\"", "מדדים", "שיעור המרה");
    }
}
