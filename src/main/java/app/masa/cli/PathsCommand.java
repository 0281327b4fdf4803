package app.masa.cli;

import app.masa.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code masa paths import …}: conversion paths of a map, from the command line. */
@Command(name = "paths", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE,
        subcommands = PathsImportCommand.class)
final class PathsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: say which there are. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.paths.which"));
    }
}
