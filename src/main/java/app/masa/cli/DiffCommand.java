package app.masa.cli;

import app.masa.analysis.diff.Change;
import app.masa.analysis.diff.DiffWriter;
import app.masa.analysis.diff.MapDiff;
import app.masa.analysis.diff.MapOutline;
import app.masa.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code masa diff BEFORE AFTER [--format text|md|json]}: what changed between two versions of a
 * journey file, by meaning (a card moved, re-scored, renamed), in the interface language. Exits 0
 * when they mean the same, 1 when they differ, as {@code diff} does, so git and scripts can use it.
 * With one file, the file as readable lines, for git's {@code textconv}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BEFORE", descriptionKey = "cli.diff.before")
    Path before;

    @Parameters(index = "1", arity = "0..1", paramLabel = "AFTER", descriptionKey = "cli.diff.after")
    Path after;

    @Option(names = "--format", paramLabel = "text|md|json", descriptionKey = "cli.diff.format")
    String format = "text";

    @Override
    public Integer call() {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "md", "json").contains(chosen)) {
            throw JourneyInput.usage(spec, Messages.get("cli.diff.badFormat", format));
        }
        if (after == null) {
            spec.commandLine().getOut().print(MapOutline.of(JourneyInput.load(before)));
            spec.commandLine().getOut().flush();
            return 0;
        }
        List<Change> changes = MapDiff.between(JourneyInput.load(before), JourneyInput.load(after));
        String written = switch (chosen) {
            case "md" -> DiffWriter.markdown(changes);
            case "json" -> DiffWriter.json(changes);
            default -> DiffWriter.text(changes);
        };
        spec.commandLine().getOut().print(written);
        spec.commandLine().getOut().flush();
        return changes.isEmpty() ? 0 : 1;
    }
}
