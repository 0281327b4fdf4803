package app.masa.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starting the designer is what most launches do, from a menu or by opening a file, and building
 * the whole command line first (every subcommand, option and help text) costs a noticeable part of
 * a cold start. Arguments that can only mean "open the designer" are recognised here without it:
 * none at all, or one file that is neither an option nor a subcommand's name. Everything else goes
 * through the full command line.
 */
final class DesignerShortcut {
    private DesignerShortcut() {
    }

    /**
     * The designer's launch when the arguments can only ask for it: {@code Optional.of(empty)} for
     * the sample map, {@code Optional.of(Optional.of(file))} for a file; empty when the command
     * line must decide.
     */
    static Optional<Optional<Path>> of(String... args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length > 1 || args[0].isEmpty() || args[0].startsWith("-") || isSubcommand(args[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(Optional.of(Path.of(args[0])));
        } catch (InvalidPathException e) {
            return Optional.empty(); // the command line says what is wrong with it
        }
    }

    private static boolean isSubcommand(String word) {
        return Subcommands.isName(word);
    }
}
