package app.masa.io.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.JourneyFile;
import app.masa.model.sample.MapGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timing of recovery copies, on a clock the test moves by hand. */
class AutosaverTest {
    private static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");
    private static final Duration DELAY = Duration.ofSeconds(10);
    private static final Path ORIGINAL = Path.of("shop.journey.json").toAbsolutePath();

    @TempDir
    Path folder;
    private final ManualScheduler scheduler = new ManualScheduler(T0);
    private final JourneyFile first = MapGenerator.generate(1, 3, 3, 6);
    private final JourneyFile second = MapGenerator.generate(2, 3, 3, 7);
    private final JourneyFile third = MapGenerator.generate(3, 3, 3, 8);

    private RecoveryStore store() {
        return new RecoveryStore(folder, scheduler);
    }

    private Autosaver autosaver(RecoveryStore store) {
        return new Autosaver(store, scheduler, DELAY, "doc-1", RecoveryStoreTest.CRASHED);
    }

    @Test
    void aChangeIsCopiedWithinTheDelayAndNotBefore() throws Exception {
        RecoveryStore store = store();
        Autosaver autosaver = autosaver(store);

        autosaver.documentChanged(first, ORIGINAL, true);
        scheduler.advance(DELAY.minusMillis(1));
        assertThat(store.list()).isEmpty();

        scheduler.advance(Duration.ofMillis(1));
        assertThat(store.list()).singleElement().satisfies(e -> {
            assertThat(e.savedAt()).isEqualTo(T0.plus(DELAY));
            assertThat(e.original()).isEqualTo(ORIGINAL);
        });
        assertThat(store.load(store.list().get(0))).isEqualTo(first);
    }

    @Test
    void continuousEditingIsStillCopiedAtLeastOncePerDelay() throws Exception {
        RecoveryStore store = store();
        Autosaver autosaver = autosaver(store);
        List<Instant> copies = new ArrayList<>();

        // an edit every second for a minute: a timer that restarted on every edit would never fire
        for (int second = 0; second < 60; second++) {
            autosaver.documentChanged(MapGenerator.generate(second, 3, 3, 5), null, true);
            scheduler.advance(Duration.ofSeconds(1));
            store.list().stream().findFirst().map(RecoveryEntry::savedAt)
                    .filter(t -> copies.isEmpty() || !copies.get(copies.size() - 1).equals(t)).ifPresent(copies::add);
        }

        assertThat(copies).hasSizeGreaterThanOrEqualTo(5);
        for (int i = 1; i < copies.size(); i++) {
            assertThat(Duration.between(copies.get(i - 1), copies.get(i))).isLessThanOrEqualTo(Duration.ofSeconds(30));
        }
    }

    @Test
    void onlyTheLatestDocumentIsWrittenNotEveryIntermediateOne() throws Exception {
        RecoveryStore store = store();
        Autosaver autosaver = autosaver(store);

        autosaver.documentChanged(first, null, true);
        autosaver.documentChanged(second, null, true);
        autosaver.documentChanged(third, null, true);

        assertThat(scheduler.waiting()).isEqualTo(1);
        scheduler.advance(DELAY);
        assertThat(store.load(store.list().get(0))).isEqualTo(third);
    }

    @Test
    void losingFocusWritesAtOnce() throws Exception {
        RecoveryStore store = store();
        Autosaver autosaver = autosaver(store);

        autosaver.documentChanged(first, null, true);
        autosaver.writeSoon();
        scheduler.runDue();

        assertThat(store.list()).singleElement().satisfies(e -> assertThat(e.savedAt()).isEqualTo(T0));
    }

    @Test
    void losingFocusWithNothingNewWritesNothing() throws Exception {
        Autosaver autosaver = autosaver(store());

        autosaver.writeSoon();

        assertThat(scheduler.waiting()).isZero();
    }

    @Test
    void aSaveRemovesTheCopyAndCancelsTheOneDue() throws Exception {
        RecoveryStore store = store();
        Autosaver autosaver = autosaver(store);
        autosaver.documentChanged(first, null, true);
        scheduler.advance(DELAY);
        autosaver.documentChanged(second, null, true);

        autosaver.documentChanged(second, ORIGINAL, false);
        scheduler.advance(DELAY.multipliedBy(3));

        assertThat(store.list()).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void editingAgainAfterASaveMakesANewCopy() throws Exception {
        RecoveryStore store = store();
        Autosaver autosaver = autosaver(store);
        autosaver.documentChanged(first, null, true);
        autosaver.documentChanged(first, ORIGINAL, false);
        autosaver.documentChanged(second, ORIGINAL, true);

        scheduler.advance(DELAY);

        assertThat(store.load(store.list().get(0))).isEqualTo(second);
    }

    @Test
    void aFailedWriteIsReportedAndRetriedWithTheNextChange() throws Exception {
        Path notAFolder = folder.resolve("file");
        Files.writeString(notAFolder, "in the way");
        RecoveryStore blocked = new RecoveryStore(notAFolder, scheduler);
        Autosaver autosaver = new Autosaver(blocked, scheduler, DELAY, "doc-1", RecoveryStoreTest.CRASHED);
        Heard heard = new Heard();
        autosaver.setListener(heard);

        autosaver.documentChanged(first, null, true);
        scheduler.advance(DELAY);

        assertThat(heard.events).containsExactly("failed");
        assertThat(autosaver.lastFailure()).isPresent();
        Files.delete(notAFolder);
        autosaver.writeSoon();
        scheduler.runDue();
        assertThat(autosaver.lastFailure()).isEmpty();
        assertThat(heard.events).containsExactly("failed", "working");
        assertThat(blocked.load(blocked.list().get(0))).isEqualTo(first);
    }

    @Test
    void aFailedWriteIsTriedAgainAfterTheDelayWithoutAnotherChange() throws Exception {
        Path notAFolder = folder.resolve("file");
        Files.writeString(notAFolder, "in the way");
        RecoveryStore blocked = new RecoveryStore(notAFolder, scheduler);
        Autosaver autosaver = new Autosaver(blocked, scheduler, DELAY, "doc-1", RecoveryStoreTest.CRASHED);
        Heard heard = new Heard();
        autosaver.setListener(heard);
        autosaver.documentChanged(first, null, true);
        scheduler.advance(DELAY);
        scheduler.advance(DELAY);
        assertThat(heard.events).containsExactly("failed", "failed");

        Files.delete(notAFolder);
        scheduler.advance(DELAY);

        assertThat(heard.events).containsExactly("failed", "failed", "working");
        assertThat(blocked.load(blocked.list().get(0))).isEqualTo(first);
        scheduler.advance(DELAY.multipliedBy(3));
        assertThat(heard.events).hasSize(3);
        assertThat(scheduler.waiting()).isZero();
    }

    @Test
    void savingAfterAFailedWriteSaysNothingIsAtRiskAnyMore() throws Exception {
        Path notAFolder = folder.resolve("file");
        Files.writeString(notAFolder, "in the way");
        Autosaver autosaver = new Autosaver(new RecoveryStore(notAFolder, scheduler), scheduler, DELAY, "doc-1",
                RecoveryStoreTest.CRASHED);
        Heard heard = new Heard();
        autosaver.setListener(heard);
        autosaver.documentChanged(first, null, true);
        scheduler.advance(DELAY);

        autosaver.documentChanged(first, ORIGINAL, false);
        scheduler.advance(DELAY.multipliedBy(2));

        assertThat(heard.events).containsExactly("failed", "working");
    }

    @Test
    void aFailureIsLoggedOnceWhileItLastsAndItsEndToo() throws Exception {
        Path notAFolder = folder.resolve("file");
        Files.writeString(notAFolder, "in the way");
        Autosaver autosaver = new Autosaver(new RecoveryStore(notAFolder, scheduler), scheduler, DELAY, "doc-1",
                RecoveryStoreTest.CRASHED);
        List<LogRecord> logged = new ArrayList<>();
        Logger log = Logger.getLogger(Autosaver.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            autosaver.documentChanged(first, null, true);
            scheduler.advance(DELAY.multipliedBy(3));
            Files.delete(notAFolder);
            scheduler.advance(DELAY);
        } finally {
            log.removeHandler(handler);
        }

        assertThat(logged).extracting(LogRecord::getLevel).containsExactly(Level.WARNING, Level.INFO);
        assertThat(logged.get(0).getMessage()).contains(notAFolder.toString());
        assertThat(logged.get(0).getThrown()).isInstanceOf(IOException.class);
    }

    /** What a listener was told, in order. */
    private static final class Heard implements AutosaveListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void failed(IOException reason) {
            events.add("failed");
        }

        @Override
        public void working() {
            events.add("working");
        }
    }

    @Test
    void theEditingThreadOnlyHandsOverAReference() throws Exception {
        Autosaver autosaver = autosaver(store());

        for (int i = 0; i < 1000; i++) {
            autosaver.documentChanged(i % 2 == 0 ? first : second, null, true);
        }

        assertThat(folder).isEmptyDirectory();
        assertThat(scheduler.waiting()).isEqualTo(1);
    }

    @Test
    void takingOverAnOlderCopyWritesTheNewOneBeforeRemovingTheOld() throws Exception {
        RecoveryStore store = store();
        store.write("crashed-1", RecoveryStoreTest.CRASHED, null, first);
        Autosaver autosaver = autosaver(store);
        autosaver.documentChanged(first, ORIGINAL, true);

        autosaver.takeOver("crashed-1");
        scheduler.runDue();

        assertThat(store.list()).extracting(RecoveryEntry::id).containsExactly("doc-1");
        assertThat(store.load(store.list().get(0))).isEqualTo(first);
    }

    @Test
    void anOlderCopyStaysWhenTheNewOneCannotBeWritten() throws Exception {
        RecoveryStore store = store();
        store.write("crashed-1", RecoveryStoreTest.CRASHED, null, first);
        // A folder where the new copy must go: replacing it fails as a full disk would.
        Path inTheWay = Files.createDirectory(folder.resolve("doc-1.journey.json"));
        Files.writeString(inTheWay.resolve("keep"), "x");
        Autosaver autosaver = autosaver(store);
        autosaver.documentChanged(first, ORIGINAL, true);

        autosaver.takeOver("crashed-1");
        scheduler.runDue();

        assertThat(autosaver.lastFailure()).isPresent();
        assertThat(store.list()).extracting(RecoveryEntry::id).contains("crashed-1");
    }
}
