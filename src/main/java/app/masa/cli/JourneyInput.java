package app.masa.cli;

import app.masa.document.OpenDocument;
import app.masa.export.MapChoice;
import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.io.JourneyFiles;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The journey file a command works on and the maps chosen from it, or one plain line of failure. */
final class JourneyInput {
    private JourneyInput() {
    }

    /** The file read and checked; otherwise the reader's own sentence and exit 1. */
    static JourneyFile load(Path file) {
        try {
            return JourneyFiles.load(file);
        } catch (JourneyFileException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** The file opened to be changed and saved; otherwise the reader's own sentence and exit 1. */
    static OpenDocument open(Path file) {
        try {
            return OpenDocument.open(file);
        } catch (JourneyFileException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /**
     * The maps named by {@code --map} (each by title or number, once, in the order named), or every
     * map when none is named. A name that fits no map is a usage error.
     *
     * @param noSuchMapKey the message for a name that fits no map: {0} the name, {1} the file, {2}
     *                     how many maps the file has
     */
    static List<JourneyMap> chosenMaps(CommandSpec spec, JourneyFile journey, List<String> wanted, Path file,
                                       String noSuchMapKey) {
        if (wanted.isEmpty()) {
            return journey.maps();
        }
        List<JourneyMap> chosen = new ArrayList<>();
        for (String name : wanted) {
            JourneyMap map = MapChoice.map(journey, name).orElseThrow(() -> usage(spec,
                    Messages.get(noSuchMapKey, name, file.getFileName(), journey.maps().size())));
            if (!chosen.contains(map)) {
                chosen.add(map);
            }
        }
        return chosen;
    }

    static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
