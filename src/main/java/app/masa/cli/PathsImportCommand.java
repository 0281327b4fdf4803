package app.masa.cli;

import app.masa.document.OpenDocument;
import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.io.interchange.CsvReader;
import app.masa.io.interchange.InterchangeException;
import app.masa.io.interchange.LineProblem;
import app.masa.io.interchange.PathCsv;
import app.masa.io.interchange.XlsxTables;
import app.masa.io.interchange.XlsxWorkbook;
import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code masa paths import FILE.journey.json PATHS.csv [--map M]}: adds the conversion paths of a
 * spreadsheet to a map, after its own, as the Numbers window's import does, and saves the file. A
 * problem in the sheet is one line {@code FILE:LINE: message}, exit 1, and the journey file is left
 * as it was.
 */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class PathsImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.paths.file")
    Path file;

    @Parameters(index = "1", paramLabel = "PATHS", descriptionKey = "cli.paths.table")
    Path table;

    @Option(names = "--map", paramLabel = "TITLE-or-NUMBER", descriptionKey = "cli.paths.map")
    String map;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = table.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean workbook = name.endsWith(".xlsx");
        if (!name.endsWith(".csv") && !workbook) {
            throw JourneyInput.usage(spec, Messages.get("cli.paths.notCsv", table.getFileName()));
        }
        OpenDocument document = JourneyInput.open(file);
        JourneyMap chosen = map == null ? document.document().maps().get(0)
                : JourneyInput.chosenMaps(spec, document.document(), List.of(map), file, "cli.report.noSuchMap").get(0);
        List<ConversionPath> added;
        try {
            byte[] bytes = Files.readAllBytes(table);
            added = PathCsv.read(workbook ? XlsxTables.read(bytes, XlsxWorkbook.PATHS) : CsvReader.read(bytes), chosen);
        } catch (InterchangeException e) {
            for (LineProblem problem : e.problems()) {
                err.println(problem.at(table));
            }
            return 1;
        } catch (NoSuchFileException e) {
            err.println(Messages.get("cli.import.notFound", table));
            return 1;
        } catch (IOException e) {
            err.println(Messages.get("cli.import.readFailed", table, e.getMessage()));
            return 1;
        }
        List<ConversionPath> after = new ArrayList<>(chosen.conversionPaths());
        after.addAll(added);
        document.apply(Edits.setConversionPaths(chosen.id(), chosen.conversionPaths(), after));
        try {
            document.save();
        } catch (JourneyFileException e) {
            err.println(e.getMessage());
            return 1;
        }
        long conversions = added.stream().mapToLong(ConversionPath::conversions).sum();
        spec.commandLine().getOut().println(Messages.get("cli.paths.added", added.size(), conversions,
                chosen.title(), file.getFileName()));
        return 0;
    }
}
