package app.masa.ui.files;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;

/** The file names Masa writes and recognises: {@code NAME.journey.json}. */
public final class JourneyFileNames {
    public static final String EXTENSION = ".journey.json";
    private static final String PATTERN = "*" + EXTENSION;
    private static final String JSON_PATTERN = "*.json";

    private JourneyFileNames() {
    }

    public static boolean isJourneyFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** Adds the extension when the user typed a bare name in the Save As dialog. */
    public static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            return path;
        }
        String base = name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return path.resolveSibling(base + EXTENSION);
    }

    /** A file name made from a map title: letters, digits and dashes in any script. */
    public static String suggestedName(String title) {
        String base = title == null ? "" : title.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "").replaceAll("\\s+", "-");
        return (base.isEmpty() ? "journey" : base) + EXTENSION;
    }

    public static FileChooser.ExtensionFilter filter(String description) {
        return new FileChooser.ExtensionFilter(description, PATTERN, JSON_PATTERN);
    }
}
