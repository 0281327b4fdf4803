package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatesCommandTest {
    @Test
    void listsTheBlankMapAndEveryTemplateWithTitleAndLanguagesInAlignedColumns() {
        CliRun run = CliRun.of("templates");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("ID").contains("TITLE").endsWith("LANGUAGES");
        assertThat(lines.get(1)).matches("-+  -+  -+");
        List<TemplateInfo> templates = TemplateCatalog.builtIn().offered();
        assertThat(lines.get(2)).startsWith("blank ").contains("Blank map: stages and lanes only");
        assertThat(lines).hasSize(templates.size() + 2);
        int titleColumn = lines.get(0).indexOf("TITLE");
        for (int i = 0; i < templates.size(); i++) {
            TemplateInfo t = templates.get(i);
            String line = lines.get(i + 2);
            assertThat(line).startsWith(t.id()).endsWith(String.join(", ", t.languages()));
            assertThat(line.indexOf(t.title("en"))).isEqualTo(titleColumn);
        }
    }

    @Test
    void showsHebrewTitlesWithLangHe() {
        CliRun run = CliRun.of("--lang", "he", "templates");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("מזהה").contains(TemplateCatalog.builtIn().list().get(0).title("he"));
    }
}
