import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Stylesheet;

/**
 * Writes a binary copy (.bss) beside each of the designer's stylesheets, run by the build after
 * the resources are copied, with JavaFX on the class path:
 *
 *   java -cp JAVAFX scripts/css/CompileStylesheets.java src/main/resources/app/masa/ui target/classes/app/masa/ui
 *
 * The .css files stay the source anyone edits. JavaFX loads the .bss it finds beside a .css it is
 * given, so a start no longer runs the CSS parser at all (the theme ships binary already): parsing
 * masa.css cold took 60-70 ms of interpreted code against 17 ms for reading its binary copy.
 * A stylesheet with a url() is refused: the binary copy would keep the path it was built from.
 */
public final class CompileStylesheets {
    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<Path> stylesheets;
        try (Stream<Path> files = Files.walk(sources)) {
            stylesheets = files.filter(f -> f.getFileName().toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : stylesheets) {
            if (Files.readString(css, StandardCharsets.UTF_8).contains("url(")) {
                fail(css + ": a url() would keep the path it was built from; load the stylesheet as text instead.");
            }
            Path relative = sources.relativize(css);
            String name = relative.getFileName().toString();
            Path bss = output.resolve(relative).resolveSibling(name.substring(0, name.length() - 4) + ".bss");
            Files.createDirectories(bss.getParent());
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
            if (!CssParser.errorsProperty().isEmpty()) {
                fail(css + ": " + CssParser.errorsProperty());
            }
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
