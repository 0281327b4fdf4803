package app.masa.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged app: time from starting the app-image's launcher to the designer's visible window,
 * under xvfb-run, and as the baseline of the same run the launcher answering --version (what
 * starting the packaged JVM costs before any window). Needs the app-image of this build directory
 * (mvn -Ppackage package), xvfb-run, and xev and xprop (x11-utils); otherwise the row says so.
 */
public final class StartupSuite implements BenchSuite {
    private static final int RUNS = 5;
    private static final double TARGET_MS = 1500;

    @Override
    public String title() {
        return "Start-up of the packaged app";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        Path buildDir = Path.of(StartupSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
        Path launcher = buildDir.resolve("dist/Masa/bin/Masa");
        if (!Files.isExecutable(launcher) || !onPath("xvfb-run") || !onPath("xev") || !onPath("xprop")) {
            return List.of(new BenchRow("packaging", "first frame of the packaged designer (ms)", "not measured",
                    "≤ " + (int) TARGET_MS, false,
                    "needs the app-image (mvn -Ppackage package), xvfb-run, xev and xprop (x11-utils)"));
        }
        double[] frame = firstFrames(launcher);
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
        double frame50 = LayoutSuite.percentile(frame, 50);
        double version50 = LayoutSuite.percentile(version, 50);
        return List.of(
                new BenchRow("packaging", "first frame of the packaged designer, sample map (ms), median of " + RUNS,
                        LayoutSuite.fmt(frame50), "≤ " + (int) TARGET_MS, frame50 <= TARGET_MS,
                        "launcher start to the X server mapping the window (xev), under xvfb-run, after one"
                                + " warm-up start"),
                new BenchRow("packaging", "first frame / launcher answering --version",
                        LayoutSuite.fmt(frame50 / version50), "—", true,
                        "--version: " + LayoutSuite.fmt(version50) + " ms, the JVM start alone"));
    }

    /** Runs packaging/linux/first-frame.sh once more than RUNS and drops the warm-up start. */
    private static double[] firstFrames(Path launcher) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
                "packaging/linux/first-frame.sh", launcher.toString(), String.valueOf(RUNS + 1))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Double> times = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("first-frame-ms ")) {
                    times.add(Double.parseDouble(line.substring("first-frame-ms ".length())));
                }
            }
        }
        if (process.waitFor() != 0 || times.size() != RUNS + 1) {
            throw new IOException("The designer window did not appear in every start (" + times.size() + " of "
                    + (RUNS + 1) + ").");
        }
        return times.subList(1, times.size()).stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
