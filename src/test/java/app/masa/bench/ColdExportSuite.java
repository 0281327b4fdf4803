package app.masa.bench;

import app.masa.document.OpenDocument;
import app.masa.export.ExportOptions;
import app.masa.export.ExportProgress;
import app.masa.export.SvgExporter;
import app.masa.model.JourneyFile;
import app.masa.model.sample.MapGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code masa export} of a 1,000-card map to PDF from a cold JVM, beside {@code rsvg-convert} turning
 * the same map's SVG into a PDF, each a new process, alternating, the median of fifteen after a
 * warm-up round (these shared machines drift by ±5 % within a minute; fifteen rounds take about one): the jar as it is, the jar started for the command line ({@code java @masa-cli.args}: the
 * class-data archive {@code mvn -Ppackage package} records, the quick compiler alone, the serial
 * collector) and the app-image's command-line launcher ({@code bin/masa-cli}).
 */
public final class ColdExportSuite implements BenchSuite {
    private static final int RUNS = 15;

    @Override
    public String title() {
        return "A cold command-line export of 1,000 cards, against rsvg-convert";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        Path buildDir = Path.of(ColdExportSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
        Path jar = buildDir.resolve("masa.jar");
        Path args = buildDir.resolve("masa-cli.args");
        Path launcher = buildDir.resolve("dist/Masa/bin/masa-cli");
        if (!Files.isRegularFile(jar) || !onPath("rsvg-convert")) {
            return List.of(new BenchRow("export", "cold masa export of 1,000 cards to PDF / rsvg-convert", "not measured",
                    "≤ 1", false, "needs target/masa.jar (mvn package) and rsvg-convert (Debian librsvg2-bin)"));
        }
        Path work = Files.createTempDirectory("masa-bench-cold");
        Path map = work.resolve("thousand.journey.json");
        JourneyFile file = MapGenerator.generate(7, 10, 8, 1000);
        new OpenDocument(file, null).saveAs(map);
        Path svg = work.resolve("thousand.svg");
        new SvgExporter().export(file.maps(), ExportOptions.defaults(), svg, ExportProgress.NONE);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> export = List.of("export", map.toString(), "-o", "OUT", "--page", "fit");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("rsvg", List.of("rsvg-convert", "-f", "pdf", "-o", work.resolve("rsvg.pdf").toString(), svg.toString()));
        commands.put("jar", command(work, "jar", export, java, "-jar", jar.toString()));
        if (Files.isRegularFile(args)) {
            commands.put("cli", command(work, "cli", export, java, "@" + args, "-jar", jar.toString()));
        }
        if (Files.isExecutable(launcher)) {
            commands.put("packaged", command(work, "packaged", export, launcher.toString()));
        }
        Map<String, double[]> ms = new LinkedHashMap<>();
        commands.keySet().forEach(k -> ms.put(k, new double[RUNS]));
        for (int round = -1; round < RUNS; round++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                double took = timed(command.getValue(), work);
                if (round >= 0) {
                    ms.get(command.getKey())[round] = took;
                }
            }
        }
        double rsvg = median(ms.get("rsvg"));
        List<BenchRow> rows = new ArrayList<>();
        String how = "; new process each, alternating, median of " + RUNS + " after a warm-up round, --page fit;"
                + " rsvg-convert -f pdf of the same map's SVG " + LayoutSuite.fmt(rsvg) + " ms";
        double plain = median(ms.get("jar"));
        rows.add(new BenchRow("export", "cold masa export of 1,000 cards to PDF (java -jar, no options) / rsvg-convert",
                LayoutSuite.fmt(plain / rsvg) + "×", "—", true, "masa " + LayoutSuite.fmt(plain) + " ms" + how));
        if (ms.containsKey("cli")) {
            double cli = median(ms.get("cli"));
            rows.add(new BenchRow("export", "the same, the jar started for the command line (java @masa-cli.args -jar) / rsvg-convert",
                    LayoutSuite.fmt(cli / rsvg) + "×", "≤ 1", cli <= rsvg, "masa " + LayoutSuite.fmt(cli) + " ms" + how));
        } else {
            rows.add(new BenchRow("export", "the same, the jar started for the command line (java @masa-cli.args -jar) / rsvg-convert",
                    "not measured", "≤ 1", false, "needs target/masa-cli.args (mvn -Ppackage package)"));
        }
        if (ms.containsKey("packaged")) {
            double packaged = median(ms.get("packaged"));
            rows.add(new BenchRow("export", "the same, the app-image's command-line launcher (bin/masa-cli) / rsvg-convert",
                    LayoutSuite.fmt(packaged / rsvg) + "×", "≤ 1", packaged <= rsvg,
                    "masa " + LayoutSuite.fmt(packaged) + " ms" + how));
        } else {
            rows.add(new BenchRow("export", "the same, the app-image's command-line launcher (bin/masa-cli) / rsvg-convert",
                    "not measured", "≤ 1", false, "needs the app-image (mvn -Ppackage package)"));
        }
        try (var files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return rows;
    }

    /** A masa command line writing to a file of its own, so that no run reads another's output. */
    private static List<String> command(Path work, String name, List<String> export, String... start) {
        List<String> command = new ArrayList<>(List.of(start));
        export.forEach(arg -> command.add(arg.equals("OUT") ? work.resolve(name + ".pdf").toString() : arg));
        return command;
    }

    private static double timed(List<String> command, Path work) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        return FxBench.percentile(values, 50);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
