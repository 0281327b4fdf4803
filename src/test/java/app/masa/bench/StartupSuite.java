package app.masa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold start to the first frame: a new JVM until the X server maps the window (xev, under
 * xvfb-run; packaging/linux/first-frame.sh), for a bare JavaFX window and for the designer on the
 * sample map, started the ways Masa ships. The starts alternate, round by round, so a busy machine
 * weighs on all of them alike; the first round warms the disk cache and is dropped.
 *
 * <ul>
 * <li>bare: {@link BareWindow}, the least a JavaFX application shows, from the same jar and JDK,
 * with no options (no class-data archive of its own);</li>
 * <li>jar: {@code java -jar masa.jar}, no options;</li>
 * <li>jar with its archive: {@code java @masa.args -jar masa.jar}, the class-data archive and JVM
 * options {@code mvn -Ppackage package} records beside the jar, the packaged launcher's options
 * (recorded here first when the jar was rebuilt since);</li>
 * <li>packaged: the app-image's launcher, and its answer to {@code --version} (the JVM alone).</li>
 * </ul>
 * Needs xvfb-run, xev and xprop (x11-utils); the packaged start needs {@code mvn -Ppackage package}.
 */
public final class StartupSuite implements BenchSuite {
    private static final int RUNS = 5;
    private static final double PACKAGED_TARGET_MS = 1500;
    private static final double RATIO_TARGET = 1.3;

    @Override
    public String title() {
        return "Start-up: cold start to the first frame, against a bare JavaFX window";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        Path buildDir = Path.of(StartupSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
        if (!onPath("xvfb-run") || !onPath("xev") || !onPath("xprop")) {
            return List.of(new BenchRow("start-up", "cold start to first frame / bare JavaFX window", "not measured",
                    "≤ " + RATIO_TARGET, false, "needs xvfb-run, xev and xprop (x11-utils)"));
        }
        Path jar = buildDir.resolve("masa.jar");
        Path args = buildDir.resolve("masa.args");
        Path launcher = buildDir.resolve("dist/Masa/bin/Masa");
        Path recovery = Files.createTempDirectory("masa-bench-start");
        String isolated = "-Dmasa.prefs.node=/app/masa/bench-start -Dmasa.recovery.dir=" + recovery;
        Map<String, String> starts = new LinkedHashMap<>();
        starts.put("bare", "FIRST_FRAME_CLASS='" + BareWindow.class.getName() + "' packaging/linux/first-frame.sh java 1"
                + " -cp '" + jar + java.io.File.pathSeparator + buildDir.resolve("test-classes") + "' '"
                + BareWindowLauncher.class.getName() + "'");
        starts.put("jar", "packaging/linux/first-frame.sh java 1 " + isolated + " -jar '" + jar + "'");
        boolean archived = archiveFits(args, jar) || recordArchive(jar) && archiveFits(args, jar);
        if (archived) {
            starts.put("archived", "packaging/linux/first-frame.sh java 1 @'" + args + "' " + isolated + " -jar '" + jar + "'");
        }
        boolean packaged = Files.isExecutable(launcher);
        if (packaged) {
            starts.put("packaged", "packaging/linux/first-frame.sh '" + launcher + "' 1");
        }
        Map<String, double[]> ms;
        try {
            ms = firstFrames(starts);
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(recovery)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        double bare = median(ms.get("bare"));
        double plain = median(ms.get("jar"));
        List<BenchRow> rows = new ArrayList<>();
        String same = "; same JDK and jar, new JVM each, under xvfb-run, median of " + RUNS
                + " alternating starts after a warm-up round";
        if (archived) {
            double withArchive = median(ms.get("archived"));
            rows.add(new BenchRow("start-up", "cold start to first frame (sample map) / bare JavaFX window",
                    x(withArchive / bare), "≤ " + RATIO_TARGET, withArchive / bare <= RATIO_TARGET,
                    "designer with its archive (java @masa.args -jar masa.jar) " + ms(withArchive)
                            + ", bare window with no options " + ms(bare) + same));
        } else {
            rows.add(new BenchRow("start-up", "cold start to first frame (sample map) / bare JavaFX window",
                    "not measured", "≤ " + RATIO_TARGET, false,
                    "the jar's start-up archive could not be recorded (packaging/linux/record-cds.sh --jar)"));
        }
        rows.add(new BenchRow("start-up", "the same, java -jar masa.jar without the archive / bare JavaFX window",
                x(plain / bare), "—", true, "designer " + ms(plain) + ", bare window " + ms(bare)));
        if (packaged) {
            double frame = median(ms.get("packaged"));
            double version = median(versionAnswers(launcher));
            rows.add(new BenchRow("start-up", "the same, packaged designer (app-image launcher) / bare JavaFX window",
                    x(frame / bare), "—", true, "packaged " + ms(frame) + ", bare window " + ms(bare)
                            + " (the bare window runs on the JDK, the designer on its own trimmed runtime)"));
            rows.add(new BenchRow("packaging", "first frame of the packaged designer, sample map (ms), median of " + RUNS,
                    LayoutSuite.fmt(frame), "≤ " + (int) PACKAGED_TARGET_MS, frame <= PACKAGED_TARGET_MS,
                    "launcher start to the X server mapping the window (xev), under xvfb-run"));
            rows.add(new BenchRow("packaging", "first frame / launcher answering --version",
                    LayoutSuite.fmt(frame / version), "—", true,
                    "--version: " + LayoutSuite.fmt(version) + " ms, the JVM start alone"));
        } else {
            rows.add(new BenchRow("packaging", "first frame of the packaged designer (ms)", "not measured",
                    "≤ " + (int) PACKAGED_TARGET_MS, false, "needs the app-image (mvn -Ppackage package)"));
        }
        return rows;
    }

    /** One warm-up round and RUNS measured rounds; in each, every start once, in the same order. */
    private static Map<String, double[]> firstFrames(Map<String, String> starts) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("set -eu\nfor round in $(seq 0 " + RUNS + "); do\n");
        starts.forEach((name, command) -> script.append("  ").append(command)
                .append(" | sed \"s/^first-frame-ms /").append(name).append(" $round /\"\n"));
        script.append("done\n");
        Process process = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "bash", "-c",
                script.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        starts.keySet().forEach(name -> times.put(name, new ArrayList<>()));
        for (String line : new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 3 && times.containsKey(parts[0]) && !parts[1].equals("0")) {
                times.get(parts[0]).add(Double.parseDouble(parts[2]));
            }
        }
        Map<String, double[]> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            if (e.getValue().size() != RUNS) {
                throw new IOException("The window of '" + e.getKey() + "' did not appear in every start ("
                        + e.getValue().size() + " of " + RUNS + ").");
            }
            result.put(e.getKey(), e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
        }
        process.waitFor();
        return result;
    }

    /**
     * Whether the jar's start-up archive was recorded from this very jar: a rebuilt jar (every
     * {@code mvn package} writes it anew) no longer fits, and the JVM would quietly start without it.
     */
    private static boolean archiveFits(Path args, Path jar) throws IOException, InterruptedException {
        if (!Files.isRegularFile(args)) {
            return false;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "@" + args, "-Xshare:on", "-cp", jar.toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    }

    /** Records the jar's archive as {@code mvn -Ppackage package} does; false if that failed. */
    private static boolean recordArchive(Path jar) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("masa-bench-cds");
        try {
            return new ProcessBuilder("packaging/linux/record-cds.sh", "--jar", jar.toString(), work.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double[] versionAnswers(Path launcher) throws IOException, InterruptedException {
        double[] version = new double[RUNS];
        for (int i = -1; i < RUNS; i++) {
            long t0 = System.nanoTime();
            int exit = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            if (exit != 0) {
                throw new IOException("The packaged launcher failed on --version (exit " + exit + ").");
            }
            if (i >= 0) {
                version[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return version;
    }

    private static double median(double[] values) {
        return FxBench.percentile(values, 50);
    }

    private static String ms(double v) {
        return LayoutSuite.fmt(v) + " ms";
    }

    private static String x(double ratio) {
        return LayoutSuite.fmt(ratio) + "×";
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** The baseline: the least a JavaFX application shows. */
    public static final class BareWindow extends javafx.application.Application {
        @Override
        public void start(javafx.stage.Stage stage) {
            stage.setTitle("bare-javafx-window");
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 1280, 820));
            stage.show();
        }
    }

    /** Starts {@link BareWindow} from a class that is not an Application, as Masa's own launcher does. */
    public static final class BareWindowLauncher {
        private BareWindowLauncher() {
        }

        public static void main(String[] args) {
            javafx.application.Application.launch(BareWindow.class, args);
        }
    }
}
