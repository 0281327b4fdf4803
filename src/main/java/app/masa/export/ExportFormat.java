package app.masa.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The three outputs; the command line picks one from the output file's extension. */
public enum ExportFormat {
    PDF("pdf"),
    PNG("png"),
    SVG("svg");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ExportFormat> fromFileName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
