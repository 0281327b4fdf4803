package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.masa.i18n.InterfaceLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@InterfaceLanguage("en")
class HostileInputTest {
    @TempDir
    Path folder;

    @Test
    void everyHostileFileGetsOnePlainProblemQuickly() throws Exception {
        for (HostileInputs.Case c : HostileInputs.all(folder)) {
            long start = System.nanoTime();
            JourneyFileException e = catchThrowableOfType(JourneyFileException.class, () -> JourneyFiles.load(c.file()));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(e).as(c.name()).isNotNull();
            assertThat(e.problems()).as(c.name()).hasSize(1);
            assertThat(e.problems().get(0).message()).as(c.name()).isEqualTo(c.expectedMessage());
            assertThat(e.getMessage()).as(c.name()).startsWith(c.file().getFileName() + " could not be opened: ")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(took).as(c.name() + " time").isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aLongOneLineFileFullOfProblemsIsReportedQuickly() throws Exception {
        StringBuilder json = new StringBuilder("{\"format\":\"masa-journey\",\"version\":1,\"maps\":[{\"id\":\"m\","
                + "\"scale\":{\"min\":0,\"labels\":[\"a\",\"b\",\"c\"]},\"stages\":[{\"id\":\"s\"}],"
                + "\"lanes\":[{\"id\":\"l\"}],\"cards\":[");
        for (int i = 0; i < 200_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i).append("\",\"stage\":\"x\",\"lane\":\"l\"}");
        }
        json.append("]}]}");
        Path file = folder.resolve("long-line.journey.json");
        Files.writeString(file, json);
        long start = System.nanoTime();

        JourneyFileException e = catchThrowableOfType(JourneyFileException.class, () -> JourneyFiles.load(file));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(e.problems()).hasSize(Problems.MAX_REPORTED + 1);
        assertThat(e.problems().get(1).column() - e.problems().get(0).column()).isEqualTo("{\"id\":\"c1\",\"stage\":\"x\",\"lane\":\"l\"},".length());
        assertThat(e.problems().get(Problems.MAX_REPORTED).message())
                .isEqualTo("... and " + (200_000 - Problems.MAX_REPORTED) + " more problems.");
    }

    @Test
    void pointsAtTheFirstByteThatIsNotUtf8() throws Exception {
        Path file = folder.resolve("latin.journey.json");
        Files.write(file, "{\n  \"title\": \"Caf\u00e9\"\n}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        Problem problem = catchThrowableOfType(JourneyFileException.class, () -> JourneyFiles.load(file)).problems().get(0);

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(16);
    }

    @Test
    void acceptsAFileThatStartsWithAByteOrderMark() throws Exception {
        Path file = folder.resolve("bom.journey.json");
        byte[] body = TestMaps.utf8(TestMaps.minimalFile(""));
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);

        assertThat(JourneyFiles.load(file).maps()).hasSize(1);
    }

    @Test
    void reportsPositionsAfterAByteOrderMarkAsAnEditorShowsThem() throws Exception {
        byte[] body = TestMaps.utf8("{\"format\": \"other\"}");
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        Problem problem = catchThrowableOfType(JourneyFormatException.class, () -> JourneyCodec.read(bytes, "bom"))
                .problems().get(0);

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(12);
    }

    @Test
    void refusesADeviceThatNeverEnds() {
        Path zero = Path.of("/dev/zero");

        JourneyFileException e = catchThrowableOfType(JourneyFileException.class, () -> JourneyFiles.load(zero));

        assertThat(e.getMessage()).isEqualTo("zero could not be opened: This is not an ordinary file.");
    }

    @Test
    void saysPlainlyWhenTheFileIsMissingOrAFolder() {
        JourneyFileException missing = catchThrowableOfType(JourneyFileException.class,
                () -> JourneyFiles.load(folder.resolve("nope.journey.json")));
        JourneyFileException dir = catchThrowableOfType(JourneyFileException.class, () -> JourneyFiles.load(folder));

        assertThat(missing.getMessage()).isEqualTo("nope.journey.json could not be opened: The file does not exist.");
        assertThat(dir.problems().get(0).message()).isEqualTo("This is a folder, not a file.");
    }
}
