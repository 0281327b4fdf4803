package app.masa.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every suite and writes docs/benchmarks.md. Not a test: figures drift on a shared machine, so
 * each is given as a ratio to a baseline measured in the same run wherever one exists.
 * Run with {@code mvn -Pbench verify}.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        List<BenchRow> rows = new ArrayList<>();
        for (Class<? extends BenchSuite> suite : Suites.all()) {
            rows.addAll(runForked(suite));
        }
        write(out, rows);
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    /**
     * Runs the suite in a new JVM with this one's options and the JVM options Masa's designer ships
     * with, echoing its output, and returns its rows: the code measured runs as it runs for a person.
     */
    private static List<BenchRow> runForked(Class<? extends BenchSuite> suite) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(designerOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SuiteFork.class.getName(), suite.getName()));
        Process fork = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<BenchRow> rows = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(fork.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(SuiteFork.TITLE)) {
                    System.out.println("== " + line.substring(SuiteFork.TITLE.length()));
                } else if (line.startsWith(SuiteFork.ROW)) {
                    BenchRow row = SuiteFork.parse(line);
                    System.out.printf("%-12s %-60s %-14s target %-12s %s%n", row.area(), row.measure(), row.value(),
                            row.target(), row.met() ? "met" : "MISSED");
                    rows.add(row);
                } else {
                    System.out.println(line);
                }
            }
        }
        if (fork.waitFor() != 0) {
            throw new IllegalStateException(suite.getSimpleName() + " failed with exit code " + fork.exitValue());
        }
        return rows;
    }

    /** The JVM options of the designer's launcher (packaging/jpackage/app.txt), which masa.args repeats. */
    static List<String> designerOptions() throws IOException {
        String prefix = "--java-options ";
        return Files.readAllLines(Path.of("packaging/jpackage/app.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()).strip()).toList();
    }

    private static void write(Path out, List<BenchRow> rows) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `mvn -Pbench verify` on ").append(LocalDate.now()).append(". Machine: ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB max heap, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(", Java ").append(System.getProperty("java.version")).append(" (")
                .append(ManagementFactory.getRuntimeMXBean().getVmName()).append("). System load average when ")
                .append("the table was written: ")
                .append(String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" (above 2 the other processes were competing for the cores).\n\n");
        md.append("Ratios compare against a baseline measured in the same run, so they hold on a noisy ")
                .append("shared machine where absolute times drift. Each suite runs in a JVM of its own, with the ")
                .append("JVM options the designer ships with (").append(String.join(" ", designerOptions()))
                .append(").\n\n");
        md.append("| area | measure | value | target | met | note |\n|---|---|---|---|---|---|\n");
        for (BenchRow r : rows) {
            md.append("| ").append(r.area()).append(" | ").append(r.measure()).append(" | ").append(r.value())
                    .append(" | ").append(r.target()).append(" | ").append(r.met() ? "yes" : "**no**").append(" | ")
                    .append(r.note() == null ? "" : r.note()).append(" |\n");
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }
}
