package app.masa.bench;

import app.masa.edit.Command;
import app.masa.edit.RandomEdits;
import app.masa.io.JourneyCodec;
import app.masa.io.merge.JourneyMerge;
import app.masa.io.merge.MergeResult;
import app.masa.model.JourneyFile;
import app.masa.model.sample.MapGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code masa merge} of two versions of a 5,000-card map, each with 500 edits of the workshop mix,
 * against a baseline measured in the same run: reading and writing the map once. The subject reads
 * the three versions, merges them and writes the result, as the command does (the disk aside).
 * Baseline and subject alternate; medians after a warm-up, on the wall clock.
 */
public final class MergeSuite implements BenchSuite {
    private static final int CARDS = 5_000;
    private static final int EDITS = 500;
    private static final int WARM_UP = 8;
    private static final int RUNS = 15;

    @Override
    public String title() {
        return "Merge: two versions of a map of " + CARDS + " cards, " + EDITS + " edits each";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        JourneyFile base = MapGenerator.generate(42, 9, 7, CARDS);
        byte[] b = JourneyCodec.write(base);
        byte[] o = JourneyCodec.write(edited(base, 1));
        byte[] t = JourneyCodec.write(edited(base, 2));
        int[] conflicts = new int[1];
        Action subject = () -> {
            MergeResult result = JourneyMerge.merge(JourneyCodec.read(b, "base"), JourneyCodec.read(o, "ours"),
                    JourneyCodec.read(t, "theirs"), "merged");
            conflicts[0] = result.conflictLines().size();
        };
        Action baseline = () -> JourneyCodec.write(JourneyCodec.read(b, "base"));
        for (int i = 0; i < WARM_UP; i++) {
            subject.run();
            baseline.run();
        }
        long[] subjectTimes = new long[RUNS];
        long[] baselineTimes = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            baselineTimes[i] = time(baseline);
            subjectTimes[i] = time(subject);
        }
        double ms = median(subjectTimes) / 1e6;
        double baseMs = median(baselineTimes) / 1e6;
        double ratio = ms / baseMs;
        return List.of(new BenchRow("merge", "three-way merge, 5,000 cards, 500 edits on each side, median of " + RUNS,
                String.format(Locale.ROOT, "%.0f ms (%.2f× baseline)", ms, ratio), "≤ 1000 ms", ms <= 1000,
                String.format(Locale.ROOT, "baseline: reading and writing the map once, %.0f ms; reads the three"
                        + " versions, merges, checks and writes; %d conflicts", baseMs, conflicts[0])));
    }

    private static JourneyFile edited(JourneyFile base, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RandomEdits mix = RandomEdits.workshopMix();
        JourneyFile doc = base;
        for (int made = 0; made < EDITS; ) {
            Command command = mix.next(doc, random);
            try {
                doc = command.apply(doc);
                made++;
            } catch (RuntimeException refused) {
                // an edit the document refuses is not one of the 500
            }
        }
        return doc;
    }

    private interface Action {
        void run() throws Exception;
    }

    private static long time(Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
