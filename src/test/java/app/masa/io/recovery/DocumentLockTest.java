package app.masa.io.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLockTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void theFirstWindowTakesTheLockNextToTheFile() {
        Path map = folder.resolve("shop.journey.json");
        ProcessOwner window = ProcessOwner.newForThisProcess();

        DocumentLock.Result result = DocumentLock.acquire(map, window, CLOCK);

        assertThat(result.lock()).isPresent();
        assertThat(result.heldBy()).isEmpty();
        assertThat(folder.resolve(".~shop.journey.json.lock")).exists();
        assertThat(DocumentLock.read(result.lock().get().file())).hasValueSatisfying(h -> {
            assertThat(h.owner().sameAs(window)).isTrue();
            assertThat(h.since()).isEqualTo(CLOCK.instant());
        });
    }

    @Test
    void aSecondWindowIsToldWhoHasTheFileOpen() {
        Path map = folder.resolve("shop.journey.json");
        ProcessOwner first = ProcessOwner.newForThisProcess();
        DocumentLock.acquire(map, first, CLOCK);

        DocumentLock.Result second = DocumentLock.acquire(map, ProcessOwner.newForThisProcess(), CLOCK);

        assertThat(second.lock()).isEmpty();
        assertThat(second.heldBy()).hasValueSatisfying(h -> {
            assertThat(h.owner().sameAs(first)).isTrue();
            assertThat(h.owner().pid()).isEqualTo(ProcessHandle.current().pid());
        });
    }

    @Test
    void theSameWindowOpeningItsFileAgainKeepsItsLock() {
        Path map = folder.resolve("shop.journey.json");
        ProcessOwner window = ProcessOwner.newForThisProcess();
        DocumentLock.acquire(map, window, CLOCK);

        assertThat(DocumentLock.acquire(map, window, CLOCK).lock()).isPresent();
    }

    @Test
    void aLockLeftByADeadProcessIsIgnoredAndReplaced() {
        Path map = folder.resolve("shop.journey.json");
        DocumentLock.acquire(map, RecoveryStoreTest.CRASHED, CLOCK);
        ProcessOwner window = ProcessOwner.newForThisProcess();

        DocumentLock.Result result = DocumentLock.acquire(map, window, CLOCK);

        assertThat(result.lock()).isPresent();
        assertThat(DocumentLock.read(DocumentLock.lockFileOf(map))).hasValueSatisfying(
                h -> assertThat(h.owner().sameAs(window)).isTrue());
    }

    @Test
    void aLockFromAnotherMachineCountsAsHeld() {
        Path map = folder.resolve("shop.journey.json");
        ProcessOwner elsewhere = new ProcessOwner(12, "laptop-of-someone-else", null, "t");
        DocumentLock.acquire(map, elsewhere, CLOCK);

        assertThat(DocumentLock.acquire(map, ProcessOwner.newForThisProcess(), CLOCK).heldBy())
                .hasValueSatisfying(h -> assertThat(h.owner().host()).isEqualTo("laptop-of-someone-else"));
    }

    @Test
    void aGarbledLockIsIgnored() throws Exception {
        Path map = folder.resolve("shop.journey.json");
        Files.writeString(DocumentLock.lockFileOf(map), "\u0000\u0001 not a lock");

        assertThat(DocumentLock.acquire(map, ProcessOwner.newForThisProcess(), CLOCK).lock()).isPresent();
    }

    @Test
    void releasingRemovesOnlyOurOwnLock() {
        Path map = folder.resolve("shop.journey.json");
        DocumentLock mine = DocumentLock.acquire(map, ProcessOwner.newForThisProcess(), CLOCK).lock().orElseThrow();

        mine.release();
        assertThat(DocumentLock.lockFileOf(map)).doesNotExist();

        ProcessOwner other = ProcessOwner.newForThisProcess();
        DocumentLock.acquire(map, other, CLOCK);
        mine.release();
        assertThat(DocumentLock.lockFileOf(map)).exists();
    }

    @Test
    void aFolderThatTakesNoLockStillOpens() {
        Path map = folder.resolve("no-such-folder/shop.journey.json");

        DocumentLock.Result result = DocumentLock.acquire(map, ProcessOwner.newForThisProcess(), CLOCK);

        assertThat(result.lock()).isEmpty();
        assertThat(result.heldBy()).isEmpty();
    }
}
