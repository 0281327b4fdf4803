package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.HostileInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path folder;

    @Test
    void exitsZeroWhenEveryFileIsValid() throws Exception {
        Path a = folder.resolve("a.journey.json");
        Path b = folder.resolve("b.journey.json");
        assertThat(CliRun.of("new", "--template", "funnel", "-o", a.toString()).exitCode()).isZero();
        assertThat(CliRun.of("new", "--template", "funnel", "--lang", "he", "-o", b.toString()).exitCode()).isZero();

        CliRun run = CliRun.of("validate", a.toString(), b.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith(a + ": valid (one map, ").contains(b + ": valid (");
    }

    @Test
    void printsOneLinePerProblemWithFileLineAndColumn() throws Exception {
        Path good = folder.resolve("good.journey.json");
        CliRun.of("new", "--template", "funnel", "-o", good.toString());
        Path bad = folder.resolve("bad.journey.json");
        Files.writeString(bad, """
                {
                  "format": "masa-journey",
                  "version": 1,
                  "maps": [
                    {
                      "id": "m",
                      "scale": { "min": -2, "labels": ["a", "b", "c", "d", "e"] },
                      "stages": [ { "id": "s" } ],
                      "lanes": [ { "id": "l" } ],
                      "cards": [ { "id": "c", "stage": "x", "lane": "l", "score": 3 } ]
                    }
                  ]
                }
                """);

        CliRun run = CliRun.of("validate", good.toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                bad + ":10:40: Card \"c\" is in stage \"x\", which this map does not have. (maps[0].cards[0].stage)",
                bad + ":10:67: Score 3 is outside the map's emotion scale, which runs from -2 to 2. (maps[0].cards[0].score)");
        assertThat(run.out()).contains(good + ": valid");
    }

    @Test
    void everyHostileInputExitsOneWithOnePlainLineQuickly() throws Exception {
        for (HostileInputs.Case c : HostileInputs.all(folder)) {
            long start = System.nanoTime();
            CliRun run = CliRun.of("validate", c.file().toString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(run.exitCode()).as(c.name()).isEqualTo(1);
            assertThat(run.err().lines()).as(c.name()).hasSize(1);
            assertThat(run.err()).as(c.name()).startsWith(c.file().toString() + ":").contains(c.expectedMessage())
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(took).as(c.name()).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aMissingFileIsOneLineWithoutAPosition() {
        Path missing = folder.resolve("missing.journey.json");

        CliRun run = CliRun.of("validate", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(missing + ": The file does not exist." + System.lineSeparator());
    }

    @Test
    void speaksHebrewWithLangHe() throws Exception {
        Path empty = folder.resolve("empty.journey.json");
        Files.write(empty, new byte[0]);

        CliRun run = CliRun.of("validate", "--lang", "he", empty.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(empty + ": הקובץ ריק.");
    }

    @Test
    void withoutFilesItIsAUsageError() {
        assertThat(CliRun.of("validate").exitCode()).isEqualTo(2);
    }
}
