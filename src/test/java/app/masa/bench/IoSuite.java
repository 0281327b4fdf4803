package app.masa.bench;

import app.masa.io.JourneyCodec;
import app.masa.io.JourneyFiles;
import app.masa.model.JourneyFile;
import app.masa.model.sample.MapGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loading and saving a generated map of 5,000 cards, each as a ratio to a baseline measured in the
 * same run: loading against Jackson's own {@code readTree} of the same bytes, saving against writing
 * the same bytes to a file and forcing it to disk. Baseline and subject runs alternate so that drift
 * on a shared machine hits both alike; the figures are medians after a warm-up. Loading is timed in
 * the thread's CPU time, which other processes on a busy machine do not inflate; saving is timed on
 * the wall clock, because waiting for the disk is part of it.
 */
public final class IoSuite implements BenchSuite {
    private static final int CARDS = 5_000;
    private static final int WARM_UP = 40;
    /**
     * Reading is compiled to its final form only after a few hundred runs (about two seconds);
     * before that the figure measures the compiler, not the reader.
     */
    private static final int READ_WARM_UP = 400;
    private static final int RUNS = 41;

    @Override
    public String title() {
        return "Files: load and save a map of " + CARDS + " cards";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        JourneyFile document = MapGenerator.generate(42, 9, 7, CARDS);
        byte[] bytes = JourneyCodec.write(document);
        ObjectMapper jackson = new ObjectMapper();
        Path folder = Files.createTempDirectory("masa-bench-io");
        try {
            double load = ratio(READ_WARM_UP, () -> JourneyCodec.read(bytes, "bench"), () -> jackson.readTree(bytes),
                    true);
            Path saved = folder.resolve("map.journey.json");
            Path plain = folder.resolve("plain.journey.json");
            DesignerSaves saves = new DesignerSaves(document, WARM_UP + RUNS);
            double save = ratio(WARM_UP, () -> saves.save(saved), () -> saves.writePlain(plain), false);
            Path fresh = folder.resolve("fresh.journey.json");
            double cold = ratio(WARM_UP, () -> JourneyFiles.save(fresh, document),
                    () -> DesignerSaves.writeAndForce(plain, bytes), false);
            String size = (bytes.length / 1024) + " KiB";
            return List.of(
                    new BenchRow("io", "load time / Jackson readTree of the same bytes", format(load), "≤ 2",
                            load <= 2, size + "; parse, check every rule, build the model (thread CPU time)"),
                    new BenchRow("io", "save time / write the same bytes + force to disk", format(save), "≤ 1.5",
                            save <= 1.5, size + "; the designer's save after editing a card: encode (cards kept"
                                    + " from the last save), temp file, force, backup link, atomic rename (wall clock)"),
                    new BenchRow("io", "save with nothing kept (command line, first save) / the same baseline",
                            format(cold), "—", true, size + "; every card encoded afresh"));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private static double ratio(int warmUp, Action subject, Action baseline, boolean cpu) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            subject.run();
            baseline.run();
        }
        long[] subjectTimes = new long[RUNS];
        long[] baselineTimes = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            baselineTimes[i] = time(baseline, cpu);
            subjectTimes[i] = time(subject, cpu);
        }
        return (double) median(subjectTimes) / median(baselineTimes);
    }

    private static long time(Action action, boolean cpu) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        action.run();
        return (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start;
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String format(double ratio) {
        return String.format(java.util.Locale.ROOT, "%.2f", ratio);
    }
}
