package app.masa.bench;

import app.masa.edit.Command;
import app.masa.edit.History;
import app.masa.edit.RandomEdits;
import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.model.sample.MapGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The edit history on a big map: 10,000 random edits of the kinds a workshop makes, on a generated
 * map of 12 stages, 8 lanes and 5,000 cards. Time per edit through the history, against the same
 * commands' apply() alone, and the memory the history holds afterwards.
 */
final class EditSuite implements BenchSuite {
    private static final int EDITS = 10_000;
    private static final int ROUNDS = 5;
    private static final long SEED = 20_261_122L;
    private static final double TARGET_MICROS = 50;
    private static final double TARGET_MB = 50;

    @Override
    public String title() {
        return "Edit history: 10,000 random edits on a 5,000-card map";
    }

    @Override
    public List<BenchRow> run() {
        JourneyFile start = MapGenerator.generate(SEED, 12, 8, 5_000);
        List<Command> commands = record(start);
        double applyMicros = Double.MAX_VALUE;
        double historyMicros = Double.MAX_VALUE;
        double historyCpuMicros = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            applyMicros = Math.min(applyMicros, timeApplyAlone(start, commands));
            double[] history = timeThroughHistory(start, commands);
            historyMicros = Math.min(historyMicros, history[0]);
            historyCpuMicros = Math.min(historyCpuMicros, history[1]);
        }
        double scanMicros = timeOneScan(start);
        commands = null;
        long[] memory = memoryHeld(start);
        double heldMb = memory[0] / (1024.0 * 1024.0);
        double estimateMb = memory[1] / (1024.0 * 1024.0);
        return List.of(
                new BenchRow("edit", "time per edit through History (10,000 edits, 5,000 cards)",
                        String.format(Locale.ROOT, "%.1f µs", historyMicros), "≤ 50 µs",
                        historyMicros <= TARGET_MICROS,
                        String.format(Locale.ROOT, "baseline apply() alone %.1f µs; ratio %.2f; thread CPU time "
                                + "%.1f µs; one scan of the 5,000 cards for an id takes %.1f µs here, so an edit costs "
                                + "%.1f scans; best of %d rounds", applyMicros, historyMicros / applyMicros,
                                historyCpuMicros, scanMicros, historyMicros / scanMicros, ROUNDS)),
                new BenchRow("edit", "memory the history holds after 10,000 edits",
                        String.format(Locale.ROOT, "%.1f MB", heldMb), "≤ 50 MB", heldMb <= TARGET_MB,
                        String.format(Locale.ROOT, "used heap after GC, after minus before; heldBytes() estimate %.1f MB; "
                                + "budget not applied", estimateMb)));
    }

    /** Makes the edits once, each for the document as it then is; replaying them from the start repeats them exactly. */
    private static List<Command> record(JourneyFile start) {
        RandomEdits edits = RandomEdits.workshopMix();
        SplittableRandom random = new SplittableRandom(SEED);
        List<Command> commands = new ArrayList<>(EDITS);
        JourneyFile doc = start;
        for (int i = 0; i < EDITS; i++) {
            Command command = edits.next(doc, random);
            doc = command.apply(doc);
            commands.add(command);
        }
        return commands;
    }

    private static double timeApplyAlone(JourneyFile start, List<Command> commands) {
        long t0 = System.nanoTime();
        JourneyFile doc = start;
        for (Command command : commands) {
            doc = command.apply(doc);
        }
        long elapsed = System.nanoTime() - t0;
        consume(doc);
        return elapsed / 1_000.0 / commands.size();
    }

    /**
     * The cost of reading every card once, looking for an id: the unit of work most edits do once or
     * twice, and a measure of how fast this machine is at the moment.
     */
    private static double timeOneScan(JourneyFile start) {
        List<Card> cards = start.maps().get(0).cards();
        int found = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < EDITS; i++) {
            String id = cards.get((i * 7919) % cards.size()).id();
            for (Card c : cards) {
                if (c.id().equals(id)) {
                    found++;
                    break;
                }
            }
        }
        long elapsed = System.nanoTime() - t0;
        consume(found);
        return elapsed / 1_000.0 / EDITS;
    }

    /** Wall-clock and CPU time per edit: on a shared machine the CPU time shows what waiting hides. */
    private static double[] timeThroughHistory(JourneyFile start, List<Command> commands) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        History history = new History(start, Long.MAX_VALUE);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (Command command : commands) {
            history.execute(command);
            history.seal();
        }
        long elapsed = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        consume(history.document());
        return new double[] {elapsed / 1_000.0 / commands.size(), cpu / 1_000.0 / commands.size()};
    }

    /** The heap the history adds (its commands and the current document), and what it estimates. */
    private static long[] memoryHeld(JourneyFile start) {
        long before = usedAfterGc();
        History history = new History(start, Long.MAX_VALUE);
        RandomEdits edits = RandomEdits.workshopMix();
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < EDITS; i++) {
            history.execute(edits.next(history.document(), random));
            history.seal();
        }
        long after = usedAfterGc();
        consume(history.document());
        return new long[] {after - before, history.heldBytes()};
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static volatile Object sink;

    private static void consume(Object o) {
        sink = o;
    }
}
