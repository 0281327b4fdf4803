package app.masa.io.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.io.JourneyCodec;
import app.masa.io.JourneyFileException;
import app.masa.model.JourneyFile;
import app.masa.model.sample.MapGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");
    /** A process that cannot exist: what a crashed Masa looks like to the next one. */
    static final ProcessOwner CRASHED = new ProcessOwner(Long.MAX_VALUE - 7, ProcessOwner.hostName(), T0, "gone");

    @TempDir
    Path folder;
    private final ManualScheduler clock = new ManualScheduler(T0);

    private RecoveryStore store() {
        return new RecoveryStore(folder.resolve("recovery"), clock);
    }

    @Test
    void aCopyRecordsItsFileTimeTitlesAndDocument() throws Exception {
        RecoveryStore store = store();
        JourneyFile document = MapGenerator.generate(1, 4, 3, 25);
        Path original = folder.resolve("shop.journey.json");

        store.write("a-1", CRASHED, original, document);

        RecoveryEntry entry = store.list().get(0);
        assertThat(entry.id()).isEqualTo("a-1");
        assertThat(entry.original()).isEqualTo(original.toAbsolutePath());
        assertThat(entry.savedAt()).isEqualTo(T0);
        assertThat(entry.titles()).containsExactly(document.maps().get(0).title());
        assertThat(entry.cards()).isEqualTo(25);
        assertThat(store.load(entry)).isEqualTo(document);
    }

    @Test
    void aNewerCopyReplacesTheOlderOneAndLeavesNoTemporaryFiles() throws Exception {
        RecoveryStore store = store();
        store.write("a-1", CRASHED, null, MapGenerator.generate(1, 3, 3, 5));
        clock.advance(Duration.ofSeconds(30));
        JourneyFile newer = MapGenerator.generate(2, 3, 3, 9);

        store.write("a-1", CRASHED, null, newer);

        assertThat(store.list()).singleElement().satisfies(e -> {
            assertThat(e.savedAt()).isEqualTo(T0.plusSeconds(30));
            assertThat(e.originalFile()).isEmpty();
        });
        assertThat(store.load(store.list().get(0))).isEqualTo(newer);
        try (Stream<Path> files = Files.list(store.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "a-1.journey.json", "a-1.recovery.json");
        }
    }

    @Test
    void onlyCopiesOfWindowsThatAreGoneAreOrphans() throws Exception {
        RecoveryStore store = store();
        ProcessOwner me = ProcessOwner.newForThisProcess();
        store.write("mine", me, null, MapGenerator.generate(1, 3, 3, 5));
        store.write("crashed", CRASHED, null, MapGenerator.generate(2, 3, 3, 5));
        ProcessOwner reusedPid = new ProcessOwner(me.pid(), me.host(), Instant.EPOCH, "old");
        store.write("reused", reusedPid, null, MapGenerator.generate(3, 3, 3, 5));

        assertThat(store.orphans()).extracting(RecoveryEntry::id).containsExactlyInAnyOrder("crashed", "reused");
    }

    @Test
    void orphansAreListedNewestFirst() throws Exception {
        RecoveryStore store = store();
        store.write("older", CRASHED, null, MapGenerator.generate(1, 3, 3, 5));
        clock.advance(Duration.ofMinutes(5));
        store.write("newer", CRASHED, null, MapGenerator.generate(2, 3, 3, 5));

        assertThat(store.orphans()).extracting(RecoveryEntry::id).containsExactly("newer", "older");
    }

    @Test
    void aClaimedCopyIsNoLongerOffered() throws Exception {
        RecoveryStore store = store();
        store.write("crashed", CRASHED, null, MapGenerator.generate(1, 3, 3, 5));

        store.claim(store.orphans().get(0), ProcessOwner.newForThisProcess());

        assertThat(store.orphans()).isEmpty();
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void removingACopyDeletesBothFiles() throws Exception {
        RecoveryStore store = store();
        store.write("a-1", CRASHED, null, MapGenerator.generate(1, 3, 3, 5));

        store.remove("a-1");

        assertThat(store.list()).isEmpty();
        try (Stream<Path> files = Files.list(store.folder())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMissingFolderHasNoCopies() throws Exception {
        assertThat(store().orphans()).isEmpty();
    }

    @Test
    void damagedManifestsAndCopiesWithoutDocumentAreNotOffered() throws Exception {
        RecoveryStore store = store();
        store.write("good", CRASHED, null, MapGenerator.generate(1, 3, 3, 5));
        store.write("no-document", CRASHED, null, MapGenerator.generate(1, 3, 3, 5));
        Files.delete(store.documentPath("no-document"));
        Files.writeString(store.documentPath("garbled"), "{}", StandardCharsets.UTF_8);
        Files.writeString(store.manifestPath("garbled"), "{\"format\": \"masa-recovery\", \"ver", StandardCharsets.UTF_8);
        Files.writeString(store.folder().resolve("bad id!.recovery.json"), "{}", StandardCharsets.UTF_8);

        assertThat(store.orphans()).extracting(RecoveryEntry::id).containsExactly("good");
    }

    @Test
    void aDamagedDocumentGivesAPlainErrorWhenRecovered() throws Exception {
        RecoveryStore store = store();
        store.write("a-1", CRASHED, null, MapGenerator.generate(1, 3, 3, 5));
        byte[] bytes = Files.readAllBytes(store.documentPath("a-1"));
        Files.write(store.documentPath("a-1"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> store.load(store.orphans().get(0)))
                .isInstanceOf(JourneyFileException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void temporaryFilesLeftByAnUnfinishedWriteAreCleanedUpOnceOld() throws Exception {
        RecoveryStore store = store();
        store.write("a-1", CRASHED, null, MapGenerator.generate(1, 3, 3, 5));
        Path abandoned = store.folder().resolve(".a-1.journey.json.xyz.tmp");
        Files.write(abandoned, JourneyCodec.write(MapGenerator.generate(1, 3, 3, 5)));
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.from(T0.minus(Duration.ofHours(2))));
        Path fresh = store.folder().resolve(".a-2.journey.json.abc.tmp");
        Files.writeString(fresh, "in progress");
        Files.setLastModifiedTime(fresh, java.nio.file.attribute.FileTime.from(T0));

        store.list();

        assertThat(abandoned).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void idsAreSortableByTimeAndSafeAsFileNames() {
        RecoveryStore store = store();
        String first = store.newId();
        clock.advance(Duration.ofSeconds(1));
        String second = store.newId();

        assertThat(first).matches("20260304-100000-[a-z0-9]+");
        assertThat(second).startsWith("20260304-100001-");
        assertThatThrownBy(() -> store.remove("../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
