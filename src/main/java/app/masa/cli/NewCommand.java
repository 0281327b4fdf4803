package app.masa.cli;

import app.masa.document.OpenDocument;
import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.io.TemplateCatalog;
import app.masa.model.JourneyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code masa new --template ID [--lang en|he] -o FILE}: writes a new map from a template, or with
 * {@code --template blank} a map of stages and lanes with nothing in them. The map's
 * language is the one chosen with {@code --lang} (the option shared by every command, which also sets
 * the language of the messages), else the interface language.
 */
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--template"}, required = true, paramLabel = "ID", descriptionKey = "cli.new.template")
    String template;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.new.output")
    Path output;

    @Option(names = {"-f", "--force"}, descriptionKey = "cli.new.force")
    boolean force;

    @Override
    public Integer call() {
        String language = Messages.locale().getLanguage();
        if (Files.exists(output) && !force) {
            spec.commandLine().getErr().println(Messages.get("cli.new.exists", output));
            return 1;
        }
        try {
            JourneyFile file = TemplateCatalog.builtIn().create(template, language);
            new OpenDocument(file, null).saveAs(output);
        } catch (JourneyFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println(Messages.get("cli.new.wrote", output, template, language));
        return 0;
    }
}
