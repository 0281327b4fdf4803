package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command list of {@code masa --help} says what each command does, in both languages. */
class CommandListTest {
    @Test
    void everyCommandIsDescribedInEnglishAndHebrew() {
        CommandLine masa = MasaCommand.commandLine(file -> {
        }, "--help");
        assertThat(masa.getSubcommands()).hasSameSizeAs(Subcommands.ALL);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("he")}) {
            for (String name : masa.getSubcommands().keySet()) {
                String key = "masa." + name + ".usage.description";
                assertThat(Messages.get(locale, key)).as("%s in %s", key, locale).isNotEqualTo(key).isNotBlank();
            }
        }
    }

    @Test
    void theHelpListsExportWithItsDescription() {
        CliRun run = CliRun.of("--help");
        assertThat(run.out()).containsPattern("export\\s+Exports journey maps");
    }

    @Test
    void theHelpSpeaksTheLanguageItIsAskedFor() {
        assertThat(CliRun.of("--lang", "he", "--help").out())
                .contains(Messages.get(Locale.forLanguageTag("he"), "masa.import.usage.description"))
                .contains(Messages.get(Locale.forLanguageTag("he"), "mixinStandardHelpOptions.help"))
                .doesNotContain("Exports journey maps").doesNotContain("Usage:");
        assertThat(CliRun.of("export", "--help", "--lang=he").out())
                .contains(Messages.get(Locale.forLanguageTag("he"), "cli.lang"));
        assertThat(CliRun.of("--lang", "en", "--help").out()).containsPattern("export\\s+Exports journey maps");
    }
}
