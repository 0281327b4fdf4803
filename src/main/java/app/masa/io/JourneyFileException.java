package app.masa.io;

import java.util.List;

/**
 * A journey file could not be read or written. {@link #getMessage()} is one plain, localized sentence
 * fit to show a person; {@link #problems()} lists every problem found (at least one).
 */
public class JourneyFileException extends Exception {
    private final List<Problem> problems;

    public JourneyFileException(String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.problems = problems == null || problems.isEmpty() ? List.of(Problem.ofFile(message)) : List.copyOf(problems);
    }

    public JourneyFileException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    public JourneyFileException(String message) {
        this(message, List.of(), null);
    }

    public List<Problem> problems() {
        return problems;
    }
}
