package app.masa.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JavaFX reads the binary copy the build writes beside each of the designer's stylesheets
 * (scripts/css/CompileStylesheets.java) instead of the text: every stylesheet has one, made from
 * the text as it is now.
 */
class CompiledStylesheetsTest {
    private static final Path SOURCES = Path.of("src/main/resources/app/masa/ui");

    @Test
    void everyStylesheetHasABinaryCopyOfItsCurrentText(@TempDir Path work) throws IOException {
        List<Path> stylesheets;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            stylesheets = files.filter(f -> f.toString().endsWith(".css")).toList();
        }
        assertThat(stylesheets).hasSizeGreaterThanOrEqualTo(4);
        for (Path css : stylesheets) {
            String resource = "/app/masa/ui/" + SOURCES.relativize(css).toString().replace('\\', '/');
            URL shipped = getClass().getResource(resource.replaceFirst("\\.css$", ".bss"));
            assertThat(shipped).as("the binary copy of %s", resource).isNotNull();
            Path current = work.resolve(css.getFileName() + ".bss");
            Stylesheet.convertToBinary(css.toFile(), current.toFile());

            assertThat(rules(Stylesheet.loadBinary(shipped))).as(resource)
                    .isEqualTo(rules(Stylesheet.loadBinary(current.toUri().toURL()))).isNotEmpty();
        }
    }

    /**
     * Each rule's selectors and declarations as text. A binary rule reads its declarations when
     * asked for them; a converter without a text of its own prints its identity, which differs
     * from one reading to the next.
     */
    private static List<String> rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream()
                .map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                        .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                        .toList())
                .map(text -> text.replaceAll("@[0-9a-f]+", ""))
                .toList();
    }
}
