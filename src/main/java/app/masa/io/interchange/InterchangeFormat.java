package app.masa.io.interchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats Masa trades maps in besides its own, told apart by the file name's extension. */
public enum InterchangeFormat {
    /** Cards as rows of a spreadsheet: {@code .csv}. */
    CSV("csv"),
    /** A Mermaid {@code journey} diagram: {@code .mmd} or {@code .mermaid}. */
    MERMAID("mmd", "mermaid"),
    /** An Excel workbook: cards, conversion paths and stage NPS, one sheet each: {@code .xlsx}. */
    XLSX("xlsx");

    private final String[] extensions;

    InterchangeFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extensions[0];
    }

    public static Optional<InterchangeFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String text = name.toString().toLowerCase(Locale.ROOT);
        for (InterchangeFormat format : values()) {
            for (String extension : format.extensions) {
                if (text.endsWith("." + extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
