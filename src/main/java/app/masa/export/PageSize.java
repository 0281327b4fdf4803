package app.masa.export;

import java.util.Locale;
import java.util.Optional;

/** Paper sizes in points (portrait), and FIT: one page exactly the size of the map. */
public enum PageSize {
    A4(595.28, 841.89),
    A3(841.89, 1190.55),
    LETTER(612, 792),
    TABLOID(792, 1224),
    FIT(0, 0);

    private final double width;
    private final double height;

    PageSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The name a person types and reads: "A4", "Letter", "fit". */
    public String label() {
        return switch (this) {
            case LETTER -> "Letter";
            case TABLOID -> "Tabloid";
            case FIT -> "fit";
            default -> name();
        };
    }

    /** "A4", "a3", "letter", "Tabloid", "fit". */
    public static Optional<PageSize> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
