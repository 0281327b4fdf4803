package app.masa.io.interchange;

import app.masa.i18n.Messages;
import java.util.List;

/**
 * Text that cannot be read as a journey: a plain message for a person, naming the line of each
 * problem (line 1 is the first line of the file).
 */
public class InterchangeException extends Exception {
    private final List<LineProblem> problems;

    public InterchangeException(List<LineProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public static InterchangeException at(int line, String message) {
        return new InterchangeException(List.of(new LineProblem(line, message)));
    }

    /** The same problems, found in a sheet of a workbook; problems already placed in a sheet keep theirs. */
    public InterchangeException inSheet(String sheet) {
        return new InterchangeException(problems.stream()
                .map(problem -> problem.sheet() == null ? problem.inSheet(sheet) : problem).toList());
    }

    public List<LineProblem> problems() {
        return problems;
    }

    private static String describe(List<LineProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (LineProblem problem : problems) {
            if (!text.isEmpty()) {
                text.append(System.lineSeparator());
            }
            text.append(problem);
        }
        return text.isEmpty() ? Messages.get("interchange.error.unknown") : text.toString();
    }
}
