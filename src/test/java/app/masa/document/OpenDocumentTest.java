package app.masa.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.edit.Edits;
import app.masa.io.JourneyFileException;
import app.masa.io.JourneyFiles;
import app.masa.io.TemplateCatalog;
import app.masa.io.recovery.DiskChange;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open document without any window: what the designer, the command line and the room rely on. */
class OpenDocumentTest {
    private static final Instant SAVED_AT = Instant.parse("2026-12-04T09:30:00Z");

    @TempDir
    Path folder;

    private Path file;
    private JourneyFile original;

    @BeforeEach
    void aSavedFile() throws JourneyFileException {
        file = folder.resolve("grocer.journey.json");
        original = TemplateCatalog.builtIn().create("funnel", "en");
        JourneyFiles.save(file, original);
        original = JourneyFiles.load(file);
    }

    @Test
    void anOpenedFileIsCleanAndBelongsToItsFile() throws JourneyFileException {
        OpenDocument document = OpenDocument.open(file);

        assertThat(document.document()).isEqualTo(original);
        assertThat(document.file()).contains(file);
        assertThat(document.isDirty()).isFalse();
        assertThat(document.history().canUndo()).isFalse();
    }

    @Test
    void dirtyFollowsTheHistoryAlone() throws JourneyFileException {
        OpenDocument document = OpenDocument.open(file);

        document.apply(renameFirstMap(document, "Pickup"));
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.isDirty()).isFalse();
        document.redo();
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void savingWritesTheDocumentStampsWhatChangedAndMakesItClean() throws JourneyFileException {
        OpenDocument document = new OpenDocument(original, file, Clock.fixed(SAVED_AT, ZoneOffset.UTC));
        document.apply(renameFirstMap(document, "Pickup"));

        document.save();

        assertThat(document.isDirty()).isFalse();
        JourneyMap onDisk = JourneyFiles.load(file).maps().get(0);
        assertThat(onDisk.title()).isEqualTo("Pickup");
        assertThat(onDisk.modified()).isEqualTo(SAVED_AT);
        assertThat(document.document().maps().get(0).modified())
                .as("stamping is not an edit").isEqualTo(original.maps().get(0).modified());
    }

    @Test
    void anUnchangedDocumentSavedTwiceGivesTheSameBytes() throws Exception {
        OpenDocument document = OpenDocument.open(file);
        Path copy = folder.resolve("copy.journey.json");

        document.saveAs(copy);
        byte[] first = Files.readAllBytes(copy);
        document.save();

        assertThat(Files.readAllBytes(copy)).isEqualTo(first);
    }

    @Test
    void saveAsMovesTheDocumentToTheNewFileAndTellsListeners() throws JourneyFileException {
        OpenDocument document = OpenDocument.open(file);
        AtomicInteger told = new AtomicInteger();
        document.addFileListener(told::incrementAndGet);
        Path other = folder.resolve("other.journey.json");

        document.saveAs(other);

        assertThat(document.file()).contains(other);
        assertThat(told).hasValue(1);
        assertThat(JourneyFiles.load(other)).isEqualTo(original);
    }

    @Test
    void anEditMadeWhileSavingStaysUnsaved() throws JourneyFileException {
        OpenDocument document = OpenDocument.open(file);
        document.apply(renameFirstMap(document, "Before saving"));
        PendingSave save = document.prepareSave(file);

        document.apply(renameFirstMap(document, "While saving"));
        document.write(save);
        boolean clean = document.completeSave(save);

        assertThat(clean).isFalse();
        assertThat(document.isDirty()).isTrue();
        assertThat(JourneyFiles.load(file).maps().get(0).title()).isEqualTo("Before saving");
        document.undo();
        assertThat(document.isDirty()).as("undone back to what was saved").isFalse();
    }

    @Test
    void aFailedSaveLeavesTheFileAndTheUnsavedStateAlone() throws Exception {
        OpenDocument document = OpenDocument.open(file);
        document.apply(renameFirstMap(document, "Pickup"));
        Path nowhere = folder.resolve("gone").resolve("grocer.journey.json");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> document.saveAs(nowhere)).isInstanceOf(JourneyFileException.class);

        assertThat(document.isDirty()).isTrue();
        assertThat(document.file()).contains(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aRecoveredDocumentIsUnsavedWithNothingToUndoUntilSaved() throws JourneyFileException {
        OpenDocument document = OpenDocument.open(file);
        JourneyFile recovered = original.withMaps(java.util.List.of(original.maps().get(0).withTitle("Recovered")));

        document.recover(recovered, file);

        assertThat(document.document()).isEqualTo(recovered);
        assertThat(document.isDirty()).isTrue();
        assertThat(document.history().canUndo()).isFalse();
        document.save();
        assertThat(document.isDirty()).isFalse();
        assertThat(JourneyFiles.load(file).maps().get(0).title()).isEqualTo("Recovered");
    }

    @Test
    void revertReadsTheFileAgain() throws JourneyFileException {
        OpenDocument document = OpenDocument.open(file);
        document.apply(renameFirstMap(document, "Pickup"));

        document.revert();

        assertThat(document.document()).isEqualTo(original);
        assertThat(document.isDirty()).isFalse();
        assertThat(document.history().canUndo()).isFalse();
    }

    @Test
    void noticesAChangeOrRemovalByOthersButNotItsOwnSaves() throws Exception {
        OpenDocument document = OpenDocument.open(file);
        assertThat(document.changedOnDisk()).isEqualTo(DiskChange.NONE);

        document.apply(renameFirstMap(document, "Pickup"));
        document.save();
        assertThat(document.changedOnDisk()).as("its own save").isEqualTo(DiskChange.NONE);

        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("Pickup", "Theirs"),
                StandardCharsets.UTF_8);
        assertThat(document.changedOnDisk()).isEqualTo(DiskChange.CHANGED);

        Files.delete(file);
        assertThat(document.changedOnDisk()).isEqualTo(DiskChange.REMOVED);
    }

    @Test
    void aNewDocumentHasNoFileAndNothingOnDiskToCompare() {
        OpenDocument document = new OpenDocument(original, null);

        assertThat(document.file()).isEmpty();
        assertThat(document.isDirty()).isFalse();
        assertThat(document.changedOnDisk()).isEqualTo(DiskChange.NONE);
        assertThatThrownBy(document::save).isInstanceOf(IllegalStateException.class);
    }

    private static app.masa.edit.Command renameFirstMap(OpenDocument document, String title) {
        return Edits.renameMap(document.document().maps().get(0), title);
    }
}
