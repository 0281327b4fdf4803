package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A template teaches the numbers from the command line too: its report has every model and NPS. */
class ReportOnTemplatesTest {
    private static final String[] MODELS = {"last-click", "first-click", "linear", "time-decay", "position-based"};

    @TempDir
    Path folder;

    static Stream<Arguments> templates() {
        return TemplateCatalog.builtIn().list().stream().flatMap((TemplateInfo info) -> info.languages().stream()
                .map(language -> Arguments.of(info.id(), language)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("templates")
    void theReportOfANewMapHasEveryAttributionModelAndNpsPerStage(String template, String language) {
        Path map = folder.resolve(template + ".journey.json");
        assertThat(CliRun.of("new", "-o", map.toString(), "-t", template, "--lang", language).exitCode()).isZero();

        CliRun run = CliRun.of("--lang", language, "report", map.toString(), "--map", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Locale locale = Locale.forLanguageTag(language);
        for (String model : MODELS) {
            assertThat(run.out()).contains(Messages.get(locale, "analysis.model." + model));
        }
        assertThat(run.out()).contains("## " + Messages.get(locale, "report.section.nps"));
        assertThat(run.out()).doesNotContain(Messages.get(locale, "report.empty.attribution"));
    }
}
