package app.masa.cli;

import app.masa.document.OpenDocument;
import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import app.masa.io.interchange.Interchange;
import app.masa.io.interchange.InterchangeException;
import app.masa.io.interchange.LineProblem;
import app.masa.io.interchange.UnknownPlaces;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code masa import FILE.csv|FILE.mmd -o OUT.journey.json [--template ID] [--lang en|he]}: makes a
 * journey file from a spreadsheet of cards or a Mermaid journey diagram. The map takes the lanes,
 * scale and (for CSV) the stages of a template; stages and lanes the CSV names that the template
 * lacks are added. Each problem is one line {@code FILE:LINE: message}; exit 1 when there is any.
 */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ImportCommand implements Callable<Integer> {
    static final String DEFAULT_TEMPLATE = "funnel";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "cli.import.output")
    Path output;

    @Option(names = {"-t", "--template"}, paramLabel = "ID", descriptionKey = "cli.import.template")
    String template = DEFAULT_TEMPLATE;

    @Option(names = {"-f", "--force"}, descriptionKey = "cli.import.force")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Interchange.handles(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("cli.import.badExtension", file.getFileName()));
        }
        if (Files.exists(output) && !force) {
            err.println(Messages.get("cli.import.exists", output));
            return 1;
        }
        JourneyMap map;
        try {
            JourneyMap frame = frame();
            map = Interchange.read(file, frame, UnknownPlaces.CREATE, note -> err.println(note.at(file)));
            new OpenDocument(JourneyFile.of(map), null).saveAs(output);
        } catch (JourneyFileException e) {
            err.println(e.getMessage());
            return 1;
        } catch (InterchangeException e) {
            for (LineProblem problem : e.problems()) {
                err.println(problem.at(file));
            }
            return 1;
        } catch (NoSuchFileException e) {
            err.println(Messages.get("cli.import.notFound", file));
            return 1;
        } catch (IOException e) {
            err.println(Messages.get("cli.import.readFailed", file, e.getMessage()));
            return 1;
        }
        spec.commandLine().getOut().println(Messages.get("cli.import.wrote", output, map.stages().size(),
                map.cards().size(), file.getFileName()));
        return 0;
    }

    /** The template's map in the interface language, or in the template's first language when it lacks it. */
    private JourneyMap frame() throws JourneyFileException {
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        String language = Messages.locale().getLanguage();
        for (TemplateInfo info : catalog.list()) {
            if (info.id().equals(template) && !info.languages().contains(language)) {
                language = info.languages().get(0);
            }
        }
        return catalog.create(template, language).maps().get(0);
    }
}
