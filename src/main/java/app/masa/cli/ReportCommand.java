package app.masa.cli;

import app.masa.analysis.report.Report;
import app.masa.analysis.report.ReportBuilder;
import app.masa.analysis.report.ReportFormat;
import app.masa.i18n.Messages;
import app.masa.io.AtomicFileWriter;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code masa report FILE [--map N] [--format md|csv|html] [-o OUT]}: the insights report of each
 * map (or the chosen ones), on standard output or into a file. Words follow {@code --lang}; numbers
 * follow each map's language.
 */
@Command(name = "report", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.report.file")
    Path file;

    @Option(names = "--map", paramLabel = "TITLE-or-NUMBER", descriptionKey = "cli.report.map")
    List<String> maps = new ArrayList<>();

    @Option(names = "--format", paramLabel = "md|csv|html", descriptionKey = "cli.report.format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "cli.report.output")
    Path output;

    @Override
    public Integer call() {
        ReportFormat chosen = format();
        JourneyFile journey = JourneyInput.load(file);
        List<Report> reports = new ArrayList<>();
        for (JourneyMap map : JourneyInput.chosenMaps(spec, journey, maps, file, "cli.report.noSuchMap")) {
            reports.add(ReportBuilder.build(map));
        }
        if (output == null) {
            spec.commandLine().getOut().print(chosen.write(reports));
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            AtomicFileWriter.replace(output, chosen.file(reports));
        } catch (IOException e) {
            spec.commandLine().getErr().println(Messages.get("cli.report.writeFailed", output, e.getMessage()));
            return 1;
        }
        spec.commandLine().getOut().println(Messages.get("cli.report.written", output, reports.size()));
        return 0;
    }

    private ReportFormat format() {
        if (format != null) {
            return ReportFormat.parse(format).orElseThrow(() -> usage(Messages.get("cli.report.badFormat", format)));
        }
        if (output != null && output.getFileName() != null) {
            String name = output.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot >= 0) {
                Optional<ReportFormat> byExtension = ReportFormat.parse(name.substring(dot + 1));
                if (byExtension.isPresent()) {
                    return byExtension.get();
                }
            }
        }
        return ReportFormat.MARKDOWN;
    }

    private CommandLine.ParameterException usage(String message) {
        return JourneyInput.usage(spec, message);
    }
}
