package app.masa.io;

import app.masa.i18n.Messages;
import java.util.List;

/** The bytes are not a valid journey file; {@link #problems()} lists every problem with its place. */
public final class JourneyFormatException extends JourneyFileException {
    public JourneyFormatException(String sourceName, List<Problem> problems) {
        super(summary(sourceName, problems), problems, null);
    }

    private static String summary(String sourceName, List<Problem> problems) {
        String first = describe(problems.get(0));
        return problems.size() == 1
                ? Messages.get("io.readFailed", sourceName, first)
                : Messages.get("io.readFailed.more", sourceName, first, problems.size() - 1);
    }

    /** The problem as one sentence for a person, with its line and column when it has them. */
    public static String describe(Problem problem) {
        return problem.hasPosition()
                ? Messages.get("io.at", problem.line(), problem.column(), problem.message())
                : problem.message();
    }
}
