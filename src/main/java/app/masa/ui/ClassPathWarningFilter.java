package app.masa.ui;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Drops the one warning JavaFX logs on every start of the designer: "Unsupported JavaFX
 * configuration: classes were loaded from 'unnamed module …'". Masa runs JavaFX from its class
 * path on purpose (docs/decisions/0004 and 0009), so the warning tells a user nothing they can act
 * on. Every other message of the {@code javafx} logger, and everything its child loggers say
 * ({@code javafx.css}, {@code javafx.scene.layout}, …), still shows.
 */
final class ClassPathWarningFilter implements Filter {
    static final String WARNING_START = "Unsupported JavaFX configuration: classes were loaded from ";

    /**
     * The logger JavaFX's own System.Logger named "javafx" writes to. The logging framework holds
     * loggers weakly, and JavaFX asks for this one by name only later: holding it here keeps the
     * filter on it.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClassPathWarningFilter() {
    }

    /** Call before the JavaFX toolkit starts. */
    static synchronized void install() {
        if (!(JAVAFX.getFilter() instanceof ClassPathWarningFilter)) {
            JAVAFX.setFilter(new ClassPathWarningFilter());
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return message == null || !message.startsWith(WARNING_START);
    }
}
