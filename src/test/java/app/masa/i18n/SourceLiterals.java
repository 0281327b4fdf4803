package app.masa.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The string literals of the application's own source, where they stand: read as text, comments left out. */
final class SourceLiterals {
    static final Path MAIN = Path.of("src/main/java");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    /** One literal: its text (escapes as written) and its place. */
    record Literal(String text, String file, int line) {
        String place() {
            return file + ":" + line;
        }
    }

    private SourceLiterals() {
    }

    /** Every literal in every file under {@code src/main/java}. */
    static List<Literal> all() {
        List<Literal> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                literals.addAll(in(MAIN.relativize(file).toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return literals;
    }

    static List<Literal> in(String file, List<String> lines) {
        List<Literal> literals = new ArrayList<>();
        boolean inBlockComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (inBlockComment) {
                inBlockComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("/*")) {
                inBlockComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("//") || line.startsWith("*")) {
                continue;
            }
            Matcher m = LITERAL.matcher(line);
            while (m.find()) {
                literals.add(new Literal(m.group(1), file, i + 1));
            }
        }
        return literals;
    }

    /**
     * The string literals among the arguments of each call of a method in one source file (under
     * {@code app/masa}), call by
     * call: for {@code section("gaps", rows, "stage", "touchpoint")}, the list gaps, stage, touchpoint.
     */
    static List<List<String>> callArguments(String file, String method) {
        String text;
        try {
            text = Files.readString(MAIN.resolve("app/masa").resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> calls = new ArrayList<>();
        Matcher call = Pattern.compile("\\b" + Pattern.quote(method) + "\\(([^;{]*?)\\)\\s*[;,)]").matcher(text);
        while (call.find()) {
            List<String> literals = new ArrayList<>();
            Matcher literal = LITERAL.matcher(call.group(1));
            while (literal.find()) {
                literals.add(literal.group(1));
            }
            if (!literals.isEmpty()) {
                calls.add(literals);
            }
        }
        return calls;
    }
}
