package app.masa.io.merge;

import app.masa.edit.Command;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.sample.MapGenerator;

/** Versions of one small generated map for merge tests: a base and what two people made of it. */
final class Versions {
    private Versions() {
    }

    static JourneyFile base() {
        return MapGenerator.generate(7, 3, 3, 12);
    }

    static JourneyMap map(JourneyFile file) {
        return file.maps().get(0);
    }

    static String mapId(JourneyFile file) {
        return map(file).id();
    }

    /** The document after the commands, each applied in turn. */
    static JourneyFile edited(JourneyFile file, Command... commands) {
        JourneyFile result = file;
        for (Command command : commands) {
            result = command.apply(result);
        }
        return result;
    }

    static MergeResult merge(JourneyFile base, JourneyFile ours, JourneyFile theirs) throws MergeException {
        return JourneyMerge.merge(base, ours, theirs, "merged.journey.json");
    }
}
