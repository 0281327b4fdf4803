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
 * the same map's SVG into a PDF, each a new process, alternating, the median of five after a warm-up
 * round: the jar as it is, and the jar with its class-data archive ({@code java @masa.args}).
 */
public final class ColdExportSuite implements BenchSuite {
    private static final int RUNS = 5;

    @Override
    public String title() {
        return "A cold command-line export of 1,000 cards, against rsvg-convert";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        Path buildDir = Path.of(ColdExportSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
        Path jar = buildDir.resolve("masa.jar");
        Path args = buildDir.resolve("masa.args");
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
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("rsvg", List.of("rsvg-convert", "-f", "pdf", "-o", work.resolve("rsvg.pdf").toString(), svg.toString()));
        commands.put("jar", List.of(java, "-jar", jar.toString(), "export", map.toString(), "-o",
                work.resolve("masa.pdf").toString(), "--page", "fit"));
        if (Files.isRegularFile(args)) {
            commands.put("archived", List.of(java, "@" + args, "-jar", jar.toString(), "export", map.toString(), "-o",
                    work.resolve("masa-archived.pdf").toString(), "--page", "fit"));
        }
        // What a launcher made for the command line could do: an archive recorded on an export, and the
        // quick compiler only, as a short run never reaches the optimising one's pay-off.
        Path exportArchive = work.resolve("export.jsa");
        timed(List.of(java, "-XX:ArchiveClassesAtExit=" + exportArchive, "-Xlog:cds=off", "-jar", jar.toString(),
                "export", map.toString(), "-o", work.resolve("training.pdf").toString(), "--page", "fit"), work);
        commands.put("trained", List.of(java, "-XX:SharedArchiveFile=" + exportArchive, "-Xlog:cds=off",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(), "export", map.toString(), "-o",
                work.resolve("masa-trained.pdf").toString(), "--page", "fit"));
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
        rows.add(new BenchRow("export", "cold masa export of 1,000 cards to PDF (java -jar) / rsvg-convert",
                LayoutSuite.fmt(plain / rsvg) + "×", "≤ 1", plain <= rsvg, "masa " + LayoutSuite.fmt(plain) + " ms" + how));
        if (ms.containsKey("archived")) {
            double archived = median(ms.get("archived"));
            rows.add(new BenchRow("export", "the same with the class-data archive (java @masa.args -jar) / rsvg-convert",
                    LayoutSuite.fmt(archived / rsvg) + "×", "≤ 1", archived <= rsvg,
                    "masa " + LayoutSuite.fmt(archived) + " ms" + how));
        }
        double trained = median(ms.get("trained"));
        rows.add(new BenchRow("export", "the same with an archive recorded on an export, C1 only, serial GC / rsvg-convert",
                LayoutSuite.fmt(trained / rsvg) + "×", "—", true, "masa " + LayoutSuite.fmt(trained) + " ms" + how
                        + "; not what masa ships yet: what a command-line launcher of its own would start with"));
        try (var files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return rows;
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
