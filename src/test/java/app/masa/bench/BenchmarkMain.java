package app.masa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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
        List<String> titles = new ArrayList<>();
        for (Supplier<BenchSuite> factory : Suites.all()) {
            BenchSuite suite = factory.get();
            System.out.println("== " + suite.title());
            titles.add(suite.title());
            for (BenchRow row : suite.run()) {
                System.out.printf("%-12s %-60s %-14s target %-12s %s%n", row.area(), row.measure(), row.value(),
                        row.target(), row.met() ? "met" : "MISSED");
                rows.add(row);
            }
        }
        write(out, rows);
        System.out.println("Wrote " + out.toAbsolutePath());
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
                .append("shared machine where absolute times drift.\n\n");
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
