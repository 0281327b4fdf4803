package app.masa.io.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The raw bytes of every built-in template file, as shipped. */
final class BuiltInTemplates {
    private static final String FOLDER = "/app/masa/templates/";
    private static final List<String> LANGUAGES = List.of("en", "he");

    record Template(String name, byte[] bytes) {
    }

    private BuiltInTemplates() {
    }

    static List<Template> all() throws IOException {
        List<Template> out = new ArrayList<>();
        for (String id : ids()) {
            for (String language : LANGUAGES) {
                String name = id + "." + language + ".journey.json";
                try (InputStream in = BuiltInTemplates.class.getResourceAsStream(FOLDER + name)) {
                    if (in != null) {
                        out.add(new Template(name, in.readAllBytes()));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> ids() throws IOException {
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream(FOLDER + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
