package app.masa.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code masa}, in the order its help lists them, and the ones a command line
 * needs. Building a subcommand's model (its options, their help texts, by reflection) is a good
 * part of a cold command-line run, so a run that names one subcommand builds that one alone; help
 * for {@code masa} itself, or words that name no subcommand, get them all.
 */
final class Subcommands {
    static final List<Class<?>> ALL = List.of(
            TemplatesCommand.class,
            NewCommand.class,
            ValidateCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            ReportCommand.class,
            PathsCommand.class,
            DiffCommand.class,
            MergeCommand.class,
            GitSetupCommand.class,
            RoomCommand.class);

    private Subcommands() {
    }

    /** The subcommands a command line with these arguments needs. */
    static List<Class<?>> neededFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--lang")) {
                i++; // its value
            } else if (arg.equals("--")) {
                return ALL;
            } else if (!arg.startsWith("-")) {
                return named(arg).<List<Class<?>>>map(List::of).orElse(ALL);
            }
        }
        return ALL;
    }

    /** Whether a word is a subcommand's name or alias. */
    static boolean isName(String word) {
        return named(word).isPresent();
    }

    private static Optional<Class<?>> named(String word) {
        return ALL.stream().filter(type -> names(type).anyMatch(word::equals)).findFirst();
    }

    private static Stream<String> names(Class<?> type) {
        Command command = type.getAnnotation(Command.class);
        return Stream.concat(Stream.of(command.name()), Arrays.stream(command.aliases()));
    }
}
