package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run that names a subcommand builds that one alone; everything else gets them all. */
class SubcommandsTest {
    @Test
    void aNamedSubcommandIsBuiltAlone() {
        assertThat(Subcommands.neededFor("export", "plan.journey.json", "-o", "plan.pdf"))
                .containsExactly(ExportCommand.class);
        assertThat(Subcommands.neededFor("--lang", "he", "validate", "plan.journey.json"))
                .containsExactly(ValidateCommand.class);
        assertThat(Subcommands.neededFor("--lang=he", "paths", "import", "a.csv"))
                .containsExactly(PathsCommand.class);
    }

    @Test
    void helpAndUnknownWordsGetEverySubcommand() {
        assertThat(Subcommands.neededFor("--help")).isEqualTo(Subcommands.ALL);
        assertThat(Subcommands.neededFor()).isEqualTo(Subcommands.ALL);
        assertThat(Subcommands.neededFor("exprot", "plan.journey.json")).isEqualTo(Subcommands.ALL);
        assertThat(Subcommands.neededFor("--", "export")).isEqualTo(Subcommands.ALL);
    }

    @Test
    void onlyTheNamedSubcommandIsInTheCommandLine() {
        assertThat(MasaCommand.commandLine(file -> {
        }, "export", "plan.journey.json", "-o", "plan.pdf").getSubcommands()).containsOnlyKeys("export");
    }
}
