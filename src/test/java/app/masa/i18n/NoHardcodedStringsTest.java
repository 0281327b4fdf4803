package app.masa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The window and the command line take every visible word from the bundles. */
class NoHardcodedStringsTest {
    private static final List<Path> SHELLS = List.of(
            Path.of("src/main/java/app/masa/ui"), Path.of("src/main/java/app/masa/cli"));

    @Test
    void theUiAndTheCommandLineShowNoLiteralText() throws IOException {
        List<VisibleTextScanner.Finding> findings = new ArrayList<>();
        for (Path root : SHELLS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    findings.addAll(VisibleTextScanner.scan(file.toString(),
                            Files.readAllLines(file, StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(findings)
                .as("visible text written in the code; use Messages.get(key) or mark a line that shows"
                        + " nothing to a person with " + VisibleTextScanner.ALLOW_MARK)
                .isEmpty();
    }

    @Test
    void theShellsAreWhereTheTestLooks() {
        assertThat(SHELLS.get(0)).isDirectory();
        assertThat(SHELLS.get(1)).isDirectory();
    }

    @Test
    void theScannerFindsLiteralsInVisibleTextCalls() {
        List<String> code = List.of(
                "label.setText(\"Save\");",
                "Button b = new Button(\"Open…\");",
                "menu.getItems().add(new MenuItem(\"Quit\"));",
                "dialog.setHeaderText(\"Unsaved changes\");",
                "node.setTooltip(new Tooltip(\"Zoom in\"));",
                "System.err.println(\"failed: \" + e);",
                "@Command(name = \"new\", description = \"Writes a new map\")",
                "alert = new Alert(AlertType.ERROR, \"Could not save\");",
                "HoverTips.install(button, \"Zoom out\", DELAY);");
        assertThat(VisibleTextScanner.scan("X.java", code)).extracting(VisibleTextScanner.Finding::line)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void theScannerLetsThroughKeysSymbolsAndMarkedLines() {
        List<String> code = List.of(
                "label.setText(Messages.get(\"menu.file.save\"));",
                "label.setText(\"\");",
                "label.setText(\"—\");",
                "System.out.println(\"\\u200f\");",
                "button.setText(\"+\");",
                "err.printf(\"%s:%d:%d: %s%n\", file, line, column, message);",
                "css.setText(\"-fx-font-size: 12\"); // i18n-ok style, not text",
                "// label.setText(\"Old\");",
                "@Option(names = \"--lang\", descriptionKey = \"cli.lang\")");
        assertThat(VisibleTextScanner.scan("X.java", code)).isEmpty();
    }
}
