package app.masa.cli;

import app.masa.document.OpenDocument;
import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.io.Problem;
import app.masa.model.JourneyFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code masa validate FILE...}: checks files without opening the designer. Each problem is one line
 * on standard error in the form editors and build tools understand, {@code FILE:LINE:COLUMN: message}
 * (or {@code FILE: message} when the problem has no single place); exit 1 when any file has one.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.validate.files")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : files) {
            try {
                JourneyFile journey = OpenDocument.open(file).document();
                int cards = journey.maps().stream().mapToInt(m -> m.cards().size()).sum();
                out.println(Messages.get("cli.validate.ok", file, journey.maps().size(), cards));
            } catch (JourneyFileException e) {
                allValid = false;
                for (Problem problem : e.problems()) {
                    err.println(line(file, problem));
                }
            }
        }
        out.flush();
        err.flush();
        return allValid ? 0 : 1;
    }

    static String line(Path file, Problem problem) {
        String place = problem.hasPosition() ? file + ":" + problem.line() + ":" + problem.column() : file.toString();
        String path = problem.path().isEmpty() ? "" : " (" + problem.path() + ")";
        return place + ": " + problem.message() + path;
    }
}
