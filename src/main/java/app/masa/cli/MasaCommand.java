package app.masa.cli;

import app.masa.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code masa [FILE]} opens the designer; the subcommands ({@link Subcommands}) work without a display.
 */
@Command(name = "masa",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE)
public final class MasaCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "cli.open.file")
    Path file;

    private final Consumer<Path> designer;

    public MasaCommand(Consumer<Path> designer) {
        this.designer = designer;
    }

    @Option(names = "--lang", paramLabel = "en|he", descriptionKey = "cli.lang", scope = CommandLine.ScopeType.INHERIT)
    void setLanguage(String language) {
        if (!"en".equals(language) && !"he".equals(language)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    Messages.get("cli.lang.invalid", language));
        }
        Messages.setLocale(Locale.forLanguageTag(language));
    }

    @Override
    public Integer call() {
        designer.accept(file);
        return 0;
    }

    /** Runs the command line and returns the process exit code (0 ok, 1 failure, 2 usage error). */
    public static int run(Consumer<Path> designer, String... args) {
        Optional<Optional<Path>> direct = DesignerShortcut.of(args);
        if (direct.isPresent()) {
            return openDesigner(designer, direct.get().orElse(null), new java.io.PrintWriter(System.err, true));
        }
        return commandLine(designer, args).execute(args);
    }

    /** As {@link #run(Consumer, String...)}, writing to the given streams instead of the console. */
    public static int run(Consumer<Path> designer, java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        Optional<Optional<Path>> direct = DesignerShortcut.of(args);
        if (direct.isPresent()) {
            return openDesigner(designer, direct.get().orElse(null), err);
        }
        CommandLine commandLine = commandLine(designer, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /**
     * The command line, its help in the language {@code --lang} asks for: picocli reads the help's
     * texts when the command line is built, before any option is parsed.
     */
    static CommandLine commandLine(Consumer<Path> designer, String... args) {
        // Read through Messages first, so that picocli finds the bundle read already, and read quickly.
        Messages.bundle();
        CommandLine commandLine = new CommandLine(new MasaCommand(designer));
        for (Class<?> subcommand : Subcommands.neededFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setExecutionExceptionHandler(new PlainErrorHandler());
        for (int i = 0; i < args.length; i++) {
            String language = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if ("en".equals(language) || "he".equals(language)) {
                commandLine.setResourceBundle(Messages.bundle(Locale.forLanguageTag(language)));
            }
        }
        return commandLine;
    }

    /** The designer's launch without the full command line, failing as plainly as a subcommand. */
    private static int openDesigner(Consumer<Path> designer, Path file, java.io.PrintWriter err) {
        try {
            designer.accept(file);
            return 0;
        } catch (RuntimeException e) {
            err.println(PlainErrorHandler.describe(e));
            return 1;
        }
    }
}
