package app.masa.export;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Stage;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds maps and stages the way a person names them on the command line: by number (1 is the
 * first) or by title, ignoring case.
 */
public final class MapChoice {
    private MapChoice() {
    }

    public static Optional<JourneyMap> map(JourneyFile file, String titleOrNumber) {
        String wanted = titleOrNumber.strip();
        if (wanted.matches("\\d+")) {
            int n = Integer.parseInt(wanted);
            if (n >= 1 && n <= file.maps().size()) {
                return Optional.of(file.maps().get(n - 1));
            }
        }
        return file.maps().stream().filter(m -> same(m.title(), wanted)).findFirst();
    }

    /** The ids of the named stages in a map; a name that matches no stage is left out. */
    public static Set<String> stages(JourneyMap map, Iterable<String> namesOrNumbers) {
        Set<String> ids = new TreeSet<>();
        for (String wanted : namesOrNumbers) {
            stage(map, wanted).ifPresent(s -> ids.add(s.id()));
        }
        return ids;
    }

    public static Optional<Stage> stage(JourneyMap map, String nameOrNumber) {
        String wanted = nameOrNumber.strip();
        if (wanted.matches("\\d+")) {
            int n = Integer.parseInt(wanted);
            if (n >= 1 && n <= map.stages().size()) {
                return Optional.of(map.stages().get(n - 1));
            }
        }
        return map.stages().stream().filter(s -> same(s.name(), wanted) || s.id().equals(wanted)).findFirst();
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
