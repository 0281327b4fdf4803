package app.masa.cli;

import app.masa.i18n.Messages;
import app.masa.io.merge.JourneyMerge;
import app.masa.io.merge.MergeException;
import app.masa.io.merge.MergeResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code masa merge BASE OURS THEIRS -o OUT}: a three-way merge of journey files by meaning, as
 * git's merge driver ({@code masa merge %O %A %B -o %A}). Exits 0 when it merged cleanly, 1 when
 * conflicts are kept in the output (one line each on standard output), and 2, writing nothing,
 * when a file cannot be read or the versions are not of one file.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class MergeCommand implements Callable<Integer> {
    static final int CONFLICTS = 1;
    static final int CANNOT_MERGE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", descriptionKey = "cli.merge.base")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", descriptionKey = "cli.merge.ours")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", descriptionKey = "cli.merge.theirs")
    Path theirs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "cli.merge.output")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MergeResult result;
        try {
            result = JourneyMerge.mergeFiles(base, ours, theirs, output);
        } catch (MergeException e) {
            err.println(e.getMessage());
            err.flush();
            return CANNOT_MERGE;
        }
        if (result.isClean()) {
            return 0;
        }
        result.conflictLines().forEach(out::println);
        out.flush();
        err.println(Messages.get("merge.conflicts", result.conflictLines().size(), output.getFileName()));
        err.flush();
        return CONFLICTS;
    }
}
