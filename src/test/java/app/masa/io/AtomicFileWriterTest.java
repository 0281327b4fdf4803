package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.JourneyFile;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@InterfaceLanguage("en")
class AtomicFileWriterTest {
    @TempDir
    Path folder;

    @Test
    void writesANewFileWithoutABackup() throws Exception {
        Path target = folder.resolve("map.journey.json");

        AtomicFileWriter.onDisk().write(target, bytes("first"));

        assertThat(Files.readString(target)).isEqualTo("first");
        assertThat(AtomicFileWriter.backupOf(target)).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void keepsThePreviousVersionAsBackup() throws Exception {
        Path target = folder.resolve("map.journey.json");
        AtomicFileWriter writer = AtomicFileWriter.onDisk();

        writer.write(target, bytes("first"));
        writer.write(target, bytes("second"));
        writer.write(target, bytes("third"));

        assertThat(Files.readString(target)).isEqualTo("third");
        assertThat(Files.readString(folder.resolve("map.journey.json.bak"))).isEqualTo("second");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void replacingAFileKeepsNoBackupAndLeavesNothingBehind() throws Exception {
        Path target = folder.resolve("cards.csv");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFileWriter.replace(target, bytes("new"));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        assertThat(AtomicFileWriter.backupOf(target)).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    /** Every step of a save before the final rename can fail: target and backup stay as they were. */
    @ParameterizedTest
    @CsvSource({"createNew,1,true", "write,1,true", "force,1,true", "replace,1,true",
            "createNew,1,false", "write,1,false", "force,1,false", "copy,1,false", "force,2,false", "replace,1,false"})
    void aFailureAtAnyStepLeavesTargetAndBackupIntact(String failingStep, int occurrence, boolean links)
            throws Exception {
        Path target = folder.resolve("map.journey.json");
        AtomicFileWriter.onDisk().write(target, bytes("old backup"));
        AtomicFileWriter.onDisk().write(target, bytes("current"));
        FailingOps ops = new FailingOps(failingStep, occurrence);
        ops.links = links;

        IOException e = catchThrowableOfType(IOException.class,
                () -> new AtomicFileWriter(ops).write(target, bytes("new")));

        assertThat(ops.failed).isTrue();
        assertThat(e).hasMessageContaining("No space left on device");
        assertThat(Files.readString(target)).isEqualTo("current");
        assertThat(Files.readString(AtomicFileWriter.backupOf(target))).isEqualTo("old backup");
        assertThat(leftovers()).isEmpty();
    }

    /** A save is encoded straight into the temporary file, so the disk can fill up halfway through a map. */
    @Test
    void theDiskFillingUpHalfwayThroughAStreamedSaveLeavesTheFileIntact() throws Exception {
        Path target = folder.resolve("map.journey.json");
        JourneyFiles.save(target, TestMaps.small());
        byte[] saved = Files.readAllBytes(target);
        JourneyFile changed = JourneyFile.of(TestMaps.small().maps().get(0).withTitle("changed"));
        FailingOps ops = new FailingOps("midwrite", 1);

        JourneyFileException e = catchThrowableOfType(JourneyFileException.class,
                () -> JourneyFiles.save(target, changed, new AtomicFileWriter(ops)));

        assertThat(ops.failed).isTrue();
        assertThat(e.getMessage()).isEqualTo(
                "map.journey.json could not be saved: the disk is full. The file on disk is unchanged.");
        assertThat(Files.readAllBytes(target)).isEqualTo(saved);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void contentThatFailsWhileItIsProducedLeavesTheFileIntact() throws Exception {
        Path target = folder.resolve("map.journey.json");
        AtomicFileWriter.onDisk().write(target, bytes("current"));

        IllegalStateException e = catchThrowableOfType(IllegalStateException.class,
                () -> AtomicFileWriter.onDisk().write(target, out -> {
                    out.write(bytes("half of a new version"));
                    throw new IllegalStateException("no more");
                }));

        assertThat(e).hasMessage("no more");
        assertThat(Files.readString(target)).isEqualTo("current");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aStreamedSaveWritesExactlyTheEncodedBytes() throws Exception {
        Path target = folder.resolve("big.journey.json");
        JourneyFile big = app.masa.model.sample.MapGenerator.generate(7, 9, 7, 2_000);

        JourneyFiles.save(target, big);

        assertThat(Files.readAllBytes(target)).isEqualTo(JourneyCodec.write(big));
    }

    /**
     * After the save, the older backup is renamed out of the way (the second rename of a save) and
     * the new one put in place (the third): either failing keeps the save and the older backup.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void aFailureToRefreshTheBackupAfterTheSaveKeepsTheSaveAndTheOlderBackup(int failingRename) throws Exception {
        Path target = folder.resolve("map.journey.json");
        AtomicFileWriter.onDisk().write(target, bytes("old backup"));
        AtomicFileWriter.onDisk().write(target, bytes("current"));
        FailingOps ops = new FailingOps("replace", failingRename);

        new AtomicFileWriter(ops).write(target, bytes("new"));

        assertThat(ops.failed).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(Files.readString(AtomicFileWriter.backupOf(target))).isEqualTo("old backup");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void whenTheHardLinkFailsTheBackupIsCopiedInstead() throws Exception {
        Path target = folder.resolve("map.journey.json");
        AtomicFileWriter.onDisk().write(target, bytes("current"));
        FailingOps ops = new FailingOps("link", 1);

        new AtomicFileWriter(ops).write(target, bytes("new"));

        assertThat(ops.failed).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(Files.readString(AtomicFileWriter.backupOf(target))).isEqualTo("current");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void withoutHardLinksTheBackupIsACopy() throws Exception {
        Path target = folder.resolve("map.journey.json");
        FailingOps noLinks = new FailingOps("none", 1);
        noLinks.links = false;
        AtomicFileWriter writer = new AtomicFileWriter(noLinks);

        writer.write(target, bytes("first"));
        writer.write(target, bytes("second"));

        assertThat(Files.readString(target)).isEqualTo("second");
        assertThat(Files.readString(AtomicFileWriter.backupOf(target))).isEqualTo("first");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailedSaveThroughTheFacadeSaysSoPlainly() throws Exception {
        Path target = folder.resolve("map.journey.json");
        JourneyFiles.save(target, TestMaps.small());
        byte[] saved = Files.readAllBytes(target);

        JourneyFileException e = catchThrowableOfType(JourneyFileException.class, () -> JourneyFiles.save(target,
                JourneyFile.of(TestMaps.small().maps().get(0).withTitle("changed")),
                new AtomicFileWriter(new FailingOps("write", 1))));

        assertThat(e.getMessage()).isEqualTo(
                "map.journey.json could not be saved: the disk is full. The file on disk is unchanged.");
        assertThat(Files.readAllBytes(target)).isEqualTo(saved);
    }

    @Test
    void savesAndLoadsThroughTheFacade() throws Exception {
        Path target = folder.resolve("map.journey.json");

        JourneyFiles.save(target, TestMaps.small());

        assertThat(JourneyFiles.load(target)).isEqualTo(TestMaps.small());
        assertThat(Files.readAllBytes(target)).isEqualTo(JourneyCodec.write(TestMaps.small()));
    }

    @Test
    void savingIntoAMissingFolderSaysSo() {
        JourneyFileException e = catchThrowableOfType(JourneyFileException.class,
                () -> JourneyFiles.save(folder.resolve("no/such/map.journey.json"), TestMaps.small()));

        assertThat(e.getMessage()).isEqualTo(
                "map.journey.json could not be saved: the folder does not exist. The file on disk is unchanged.");
    }

    private Stream<Path> leftovers() throws Exception {
        DiskFileOps.awaitDiscarded();
        return Files.list(folder).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList().stream();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The real file system, except that one step fails on its n-th call as if the disk were full. */
    private static final class FailingOps implements FileOps {
        private final String step;
        private int countdown;
        boolean failed;
        boolean links = true;

        FailingOps(String step, int occurrence) {
            this.step = step;
            this.countdown = occurrence;
        }

        private void maybeFail(String name) throws IOException {
            if (name.equals(step) && --countdown == 0) {
                failed = true;
                throw new java.nio.file.FileSystemException(null, null, "No space left on device");
            }
        }

        /** Fails where the real step would: before the file exists, while writing, or before it is forced. */
        @Override
        public void writeNew(Path file, Set<PosixFilePermission> permissions, FileContent content)
                throws IOException {
            maybeFail("createNew");
            DiskFileOps.INSTANCE.writeNew(file, permissions, out -> {
                maybeFail("write");
                content.writeTo(step.equals("midwrite") ? new FilterOutputStream(out) {
                    private int written;

                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        written += len;
                        if (written > 100) {
                            maybeFail("midwrite");
                        }
                        out.write(b, off, len);
                    }
                } : out);
                maybeFail("force");
            });
        }

        @Override
        public void force(Path file) throws IOException {
            maybeFail("force");
            DiskFileOps.INSTANCE.force(file);
        }

        @Override
        public void copy(Path from, Path to) throws IOException {
            maybeFail("copy");
            DiskFileOps.INSTANCE.copy(from, to);
        }

        @Override
        public void link(Path existing, Path newName) throws IOException {
            if (!links) {
                throw new UnsupportedOperationException("no hard links here");
            }
            maybeFail("link");
            DiskFileOps.INSTANCE.link(existing, newName);
        }

        @Override
        public void replace(Path from, Path to) throws IOException {
            maybeFail("replace");
            DiskFileOps.INSTANCE.replace(from, to);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            Files.deleteIfExists(file);
        }

        @Override
        public void discard(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
