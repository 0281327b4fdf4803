package app.masa.io.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskChangeTest {
    @TempDir
    Path folder;

    @Test
    void anUntouchedFileHasNotChanged() throws Exception {
        Path file = write("map.journey.json", "{\"a\": 1}");
        Optional<FileFingerprint> known = FileFingerprint.of(file);

        assertThat(DiskChange.check(file, known)).isEqualTo(DiskChange.NONE);
    }

    @Test
    void anotherProgramWritingTheFileIsAChangeEvenAtTheSameSizeAndTime() throws Exception {
        Path file = write("map.journey.json", "{\"a\": 1}");
        Optional<FileFingerprint> known = FileFingerprint.of(file);
        FileTime time = Files.getLastModifiedTime(file);

        Files.writeString(file, "{\"a\": 2}");
        Files.setLastModifiedTime(file, time);

        assertThat(DiskChange.check(file, known)).isEqualTo(DiskChange.CHANGED);
    }

    @Test
    void aNewTimeWithTheSameContentIsNoChange() throws Exception {
        Path file = write("map.journey.json", "{\"a\": 1}");
        Optional<FileFingerprint> known = FileFingerprint.of(file);

        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(DiskChange.check(file, known)).isEqualTo(DiskChange.NONE);
    }

    @Test
    void aDeletedFileOrFolderIsReported() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("sync"));
        Path file = Files.writeString(sub.resolve("map.journey.json"), "{}");
        Optional<FileFingerprint> known = FileFingerprint.of(file);

        Files.delete(file);
        Files.delete(sub);

        assertThat(DiskChange.check(file, known)).isEqualTo(DiskChange.REMOVED);
    }

    @Test
    void aFileMasaNeverSawIsNoChange() throws Exception {
        Path file = write("map.journey.json", "{}");

        assertThat(DiskChange.check(file, Optional.empty())).isEqualTo(DiskChange.NONE);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }
}
