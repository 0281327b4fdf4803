package app.masa.cli;

import app.masa.export.ExportCancelledException;
import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import app.masa.export.ExportProgress;
import app.masa.export.MapChoice;
import app.masa.export.MapExporter;
import app.masa.io.interchange.Interchange;
import app.masa.export.Orientation;
import app.masa.export.PageSize;
import app.masa.export.ReadablePage;
import app.masa.layout.LayoutEngine;
import app.masa.i18n.Messages;
import app.masa.layout.Theme;
import app.masa.model.Brand;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code masa export FILE -o OUT.pdf|png|svg}: writes maps without a display. Exit 0 when written,
 * 1 when the journey file cannot be read or the output cannot be written, 2 for a usage error.
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.export.file")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "cli.export.output")
    Path output;

    @Option(names = "--page", paramLabel = "A4|A3|Letter|Tabloid|fit", descriptionKey = "cli.export.page")
    String page;

    @ArgGroup(exclusive = true)
    OrientationChoice orientation;

    static final class OrientationChoice {
        @Option(names = "--landscape", descriptionKey = "cli.export.landscape")
        boolean landscape;
        @Option(names = "--portrait", descriptionKey = "cli.export.portrait")
        boolean portrait;
    }

    @Option(names = "--tiles", descriptionKey = "cli.export.tiles")
    boolean tiles;

    @ArgGroup(exclusive = true)
    Resolution resolution;

    static final class Resolution {
        @Option(names = "--scale", paramLabel = "N", descriptionKey = "cli.export.scale")
        Double scale;
        @Option(names = "--dpi", paramLabel = "N", descriptionKey = "cli.export.dpi")
        Integer dpi;
    }

    @Option(names = "--transparent", descriptionKey = "cli.export.transparent")
    boolean transparent;

    @Option(names = "--outlines", descriptionKey = "cli.export.outlines")
    boolean outlines;

    @Option(names = "--comments", descriptionKey = "cli.export.comments")
    boolean comments;

    @Option(names = "--map", paramLabel = "TITLE-or-NUMBER", descriptionKey = "cli.export.map")
    List<String> maps = new ArrayList<>();

    @Option(names = "--stage", paramLabel = "NAME-or-NUMBER", descriptionKey = "cli.export.stage")
    List<String> stages = new ArrayList<>();

    @Option(names = "--pdfa", descriptionKey = "cli.export.pdfa")
    boolean pdfa;

    @Option(names = "--no-title", descriptionKey = "cli.export.noTitle")
    boolean noTitle;

    @Option(names = "--plain", descriptionKey = "cli.export.plain")
    boolean plain;

    @Option(names = "--report", descriptionKey = "cli.export.report.option")
    boolean report;

    @Option(names = "--metrics-lane", descriptionKey = "cli.export.report.metricsLane")
    boolean metricsLane;

    @Option(names = "--theme", paramLabel = "light|dark|projector", descriptionKey = "cli.export.theme")
    String theme = "light";

    @Override
    public Integer call() {
        // CSV and Mermaid carry the cards, not a picture: the interchange writers handle them.
        boolean interchange = Interchange.handles(output);
        ExportFormat format = interchange ? null : ExportFormat.fromFileName(output).orElseThrow(() -> usage(
                Messages.get("cli.export.badExtension", output.getFileName())));
        if (report && format != ExportFormat.PDF) {
            throw usage(Messages.get("cli.export.report.notPdf", output.getFileName()));
        }
        ExportOptions options = options().withReport(report).withMetricsLane(metricsLane)
                .withLanguage(languageAskedFor() ? Messages.locale() : null);
        // Made before the file is read: a PDF exporter prepares its document and fonts meanwhile.
        LayoutEngine engine = new LayoutEngine();
        MapExporter exporter = interchange ? null : MapExporter.of(format, engine);
        JourneyFile journey = JourneyInput.load(file);
        List<JourneyMap> chosen = JourneyInput.chosenMaps(spec, journey, maps, file, "cli.export.noSuchMap");
        options = options.withVisibleStageIds(chooseStages(chosen)).withBrand(plain ? Brand.NONE : journey.brand());
        if (format == ExportFormat.PDF) {
            options = readable(chosen, options, engine);
        }
        Path target = output.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            return fail(Messages.get("cli.export.noFolder", output));
        }
        if (Files.isDirectory(target)) {
            return fail(Messages.get("cli.export.isFolder", output));
        }
        try {
            if (interchange) {
                Interchange.export(chosen, target);
            } else {
                exporter.export(chosen, options, target, ExportProgress.NONE);
            }
        } catch (IOException | RuntimeException e) {
            return fail(Messages.get("cli.export.writeFailed", output, reason(e)));
        } catch (ExportCancelledException e) {
            return fail(Messages.get("cli.export.writeFailed", output, e.getMessage()));
        }
        spec.commandLine().getOut().println(Messages.get("cli.export.written", output, chosen.size()));
        return 0;
    }

    /**
     * Without --page or --tiles, the paper that prints card text readably, said on the way; with a
     * chosen paper that prints it too small to read, a warning naming the size and the fix.
     */
    private ExportOptions readable(List<JourneyMap> chosen, ExportOptions options, LayoutEngine engine) {
        if (page == null && !tiles) {
            ReadablePage.Choice choice = ReadablePage.choose(chosen, options, engine);
            String plan = choice.options().tiles()
                    ? Messages.get("cli.export.plan.tiles", choice.options().page().label())
                    : choice.options().page().label();
            spec.commandLine().getOut().println(Messages.get("cli.export.pageChosen", plan,
                    points(choice.cardTextPoints())));
            return choice.options();
        }
        double points = ReadablePage.cardTextPoints(chosen, options, engine);
        if (points < ReadablePage.WARN_BELOW) {
            spec.commandLine().getErr().println(Messages.get("cli.export.smallText", points(points),
                    options.page().label()));
        }
        return options;
    }

    private static String points(double points) {
        return String.format(Messages.locale(), "%.1f", points);
    }

    /** Whether --lang was given, before or after the command's name: only then does it override the map's language. */
    private boolean languageAskedFor() {
        for (CommandSpec at = spec; at != null; at = at.parent()) {
            CommandLine.ParseResult parsed = at.commandLine().getParseResult();
            if (parsed != null && parsed.hasMatchedOption("--lang")) {
                return true;
            }
        }
        return false;
    }

    private ExportOptions options() {
        PageSize size = page == null ? PageSize.A4 : PageSize.parse(page).orElseThrow(() -> usage(Messages.get("cli.export.badPage", page)));
        Orientation turn = orientation == null ? Orientation.AUTO
                : orientation.landscape ? Orientation.LANDSCAPE : Orientation.PORTRAIT;
        ExportOptions options = ExportOptions.defaults().withPage(size).withOrientation(turn).withTiles(tiles)
                .withTransparent(transparent).withTextAsOutlines(outlines).withComments(comments).withPdfa(pdfa).withTitleBlock(!noTitle).withTheme(theme());
        if (resolution != null && resolution.scale != null) {
            if (!(resolution.scale > 0 && resolution.scale <= 8)) {
                throw usage(Messages.get("cli.export.badScale", resolution.scale));
            }
            options = options.withScale(resolution.scale);
        }
        if (resolution != null && resolution.dpi != null) {
            if (resolution.dpi < 18 || resolution.dpi > 1200) {
                throw usage(Messages.get("cli.export.badDpi", resolution.dpi));
            }
            options = options.withDpi(resolution.dpi);
        }
        return options;
    }

    private Theme theme() {
        try {
            return Theme.valueOf(theme.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage(Messages.get("cli.export.badTheme", theme));
        }
    }

    private Set<String> chooseStages(List<JourneyMap> chosen) {
        Set<String> ids = new TreeSet<>();
        for (String wanted : stages) {
            boolean found = false;
            for (JourneyMap map : chosen) {
                Optional<String> id = MapChoice.stage(map, wanted).map(s -> s.id());
                id.ifPresent(ids::add);
                found |= id.isPresent();
            }
            if (!found) {
                throw usage(Messages.get("cli.export.noSuchStage", wanted));
            }
        }
        return ids;
    }

    private CommandLine.ParameterException usage(String message) {
        return JourneyInput.usage(spec, message);
    }

    private int fail(String message) {
        spec.commandLine().getErr().println(message);
        return 1;
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Messages.get("cli.export.denied");
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
