package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.JourneyFiles;
import app.masa.model.Direction;
import app.masa.model.JourneyMap;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path folder;

    @Test
    void writesAHebrewMapFromTheFunnelTemplate() throws Exception {
        Path file = folder.resolve("m.journey.json");

        CliRun run = CliRun.of("new", "--template", "funnel", "--lang", "he", "-o", file.toString());

        assertThat(run.exitCode()).isZero();
        JourneyMap map = JourneyFiles.load(file).maps().get(0);
        assertThat(map.language()).isEqualTo("he");
        assertThat(map.direction()).isEqualTo(Direction.RTL);
        assertThat(map.stages()).extracting(s -> s.name()).contains("מודעות", "שימור");
        assertThat(map.created()).isNotNull();
    }

    @Test
    void writesABlankMapOfStagesAndLanesInEitherLanguage() throws Exception {
        for (String language : new String[] {"en", "he"}) {
            Path file = folder.resolve("blank-" + language + ".journey.json");

            CliRun run = CliRun.of("new", "--template", "blank", "--lang", language, "-o", file.toString());

            assertThat(run.exitCode()).isZero();
            JourneyMap map = JourneyFiles.load(file).maps().get(0);
            assertThat(map.language()).isEqualTo(language);
            assertThat(map.stages()).isNotEmpty();
            assertThat(map.lanes()).isNotEmpty();
            assertThat(map.cards()).isEmpty();
            assertThat(map.personas()).isEmpty();
        }
    }

    @Test
    void refusesToOverwriteAnExistingFileWithoutForce() throws Exception {
        Path file = folder.resolve("m.journey.json");
        Files.writeString(file, "my work");

        CliRun run = CliRun.of("new", "--template", "funnel", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(file + " already exists. Add --force to replace it." + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("my work");
    }

    @Test
    void forceReplacesTheFileAndKeepsTheOldOneAsBackup() throws Exception {
        Path file = folder.resolve("m.journey.json");
        Files.writeString(file, "my work");

        CliRun run = CliRun.of("new", "--template", "funnel", "-o", file.toString(), "--force");

        assertThat(run.exitCode()).isZero();
        assertThat(JourneyFiles.load(file).maps()).isNotEmpty();
        assertThat(Files.readString(folder.resolve("m.journey.json.bak"))).isEqualTo("my work");
    }

    @Test
    void anUnknownTemplateIsAPlainError() {
        Path file = folder.resolve("m.journey.json");

        CliRun run = CliRun.of("new", "--template", "nope", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("There is no template \"nope\". The templates are: blank, funnel");
        assertThat(file).doesNotExist();
    }

    @Test
    void missingOptionsAreAUsageError() {
        assertThat(CliRun.of("new", "--template", "funnel").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("new", "-o", folder.resolve("x.journey.json").toString()).exitCode()).isEqualTo(2);
    }
}
