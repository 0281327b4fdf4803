package app.masa.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The built-in template files as the tests see them: read straight from the classpath as JSON
 * trees, so the structural rules are checked independently of the codec that loads them.
 */
final class TemplateSources {
    static final String FOLDER = "app/masa/templates/";
    static final String SUFFIX = ".journey.json";
    static final List<String> LANGUAGES = List.of("en", "he");

    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateSources() {
    }

    /** The lines of index.txt after the leading comment, blank lines dropped. */
    static List<String> indexLines() {
        List<String> ids = new ArrayList<>();
        for (String line : rawIndexLines()) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                ids.add(trimmed);
            }
        }
        return ids;
    }

    static List<String> rawIndexLines() {
        return List.of(text(FOLDER + "index.txt").split("\n", -1));
    }

    /** The template file names actually present in the folder. */
    static Set<String> filesPresent() {
        // Found through the index, not the folder name: the test classes share the package name.
        URL url = TemplateSources.class.getClassLoader().getResource(FOLDER + "index.txt");
        if (url == null) {
            throw new IllegalStateException("no " + FOLDER + "index.txt on the classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()).getParent())) {
            Set<String> names = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fileName(String id, String language) {
        return id + "." + language + SUFFIX;
    }

    /** Every (id, language) pair the index promises. */
    static Stream<TemplateFile> all() {
        return indexLines().stream().flatMap(id -> LANGUAGES.stream().map(lang -> new TemplateFile(id, lang)));
    }

    static JsonNode read(String id, String language) {
        try {
            return JSON.readTree(text(FOLDER + fileName(id, language)));
        } catch (IOException e) {
            throw new UncheckedIOException(fileName(id, language), e);
        }
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TemplateSources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** One template in one language. */
    record TemplateFile(String id, String language) {
        JsonNode json() {
            return read(id, language);
        }

        String name() {
            return fileName(id, language);
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
