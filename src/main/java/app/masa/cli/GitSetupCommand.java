package app.masa.cli;

import app.masa.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code masa git-setup}: makes git merge journey files with {@code masa merge} and show them in
 * {@code git diff} with {@code masa diff}, for the repository around the current folder. Writes
 * the attributes line once and sets the repository's own configuration; running it again changes
 * nothing.
 */
@Command(name = "git-setup", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class GitSetupCommand implements Callable<Integer> {
    static final String ATTRIBUTES = "*.journey.json merge=masa diff=masa";

    @Spec
    CommandSpec spec;

    @Option(names = "--repo", paramLabel = "FOLDER", descriptionKey = "cli.gitSetup.repo")
    Path folder = Path.of("");

    @Option(names = "--command", paramLabel = "COMMAND", descriptionKey = "cli.gitSetup.command")
    String command;

    @Override
    public Integer call() {
        Path start = folder.toAbsolutePath().normalize();
        Git git = new Git(start);
        Path top = Path.of(git.run("rev-parse", "--show-toplevel").strip());
        String masa = command == null || command.isBlank() ? SelfCommand.describe() : command.strip();
        addAttributes(top.resolve(".gitattributes"));
        git.run("config", "merge.masa.name", Messages.get("gitSetup.driverName"));
        git.run("config", "merge.masa.driver", masa + " merge %O %A %B -o %A");
        git.run("config", "diff.masa.textconv", masa + " diff");
        spec.commandLine().getOut().println(Messages.get("gitSetup.done", top, masa));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Adds the attributes line unless the file already has it. */
    private static void addAttributes(Path file) {
        try {
            List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new ArrayList<>();
            if (lines.stream().anyMatch(l -> l.strip().equals(ATTRIBUTES))) {
                return;
            }
            lines.add(ATTRIBUTES);
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure(Messages.get("gitSetup.attributesFailed", file, e.getMessage()));
        }
    }

    /** git run in one folder; a failure becomes one plain sentence. */
    private record Git(Path folder) {
        String run(String... args) {
            List<String> command = new ArrayList<>();
            command.add("git");
            command.addAll(List.of(args));
            try {
                Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (process.waitFor() != 0) {
                    throw new CommandFailure(args[0].equals("rev-parse")
                            ? Messages.get("gitSetup.notRepository", folder)
                            : Messages.get("gitSetup.gitFailed", String.join(" ", command), output.strip()));
                }
                return output;
            } catch (IOException e) {
                throw new CommandFailure(Messages.get("gitSetup.noGit", e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommandFailure(Messages.get("gitSetup.noGit", e.getMessage()));
            }
        }
    }
}
