package app.masa.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
            Path expected = work.resolve("expected.bss");
            Stylesheet.convertToBinary(css.toFile(), expected.toFile());
            try (InputStream shipped = getClass().getResourceAsStream(resource.replaceFirst("\\.css$", ".bss"))) {
                assertThat(shipped).as("the binary copy of %s", resource).isNotNull();
                assertThat(shipped.readAllBytes()).as(resource).isEqualTo(Files.readAllBytes(expected));
            }
        }
    }
}
