package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports are written by the one atomic writer of {@code io}: whole or not at all. */
class AtomicOutputTest {
    @TempDir
    Path folder;

    @Test
    void aCancelledExportLeavesTheEarlierFileAndNoTemporaryFile() throws Exception {
        Path target = earlierExport();
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new ExportCancelledException();
        })).isInstanceOf(ExportCancelledException.class);
        assertOnlyTheEarlierExport(target);
    }

    @Test
    void aFailingExportLeavesTheEarlierFileAndNoTemporaryFile() throws Exception {
        Path target = earlierExport();
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertOnlyTheEarlierExport(target);
    }

    @Test
    void anExportReplacesTheFileAndKeepsItsAccess() throws Exception {
        Path target = earlierExport();
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        AtomicOutput.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target); // no backup of an export
        }
    }

    private Path earlierExport() throws IOException {
        return Files.writeString(folder.resolve("map.svg"), "earlier");
    }

    private void assertOnlyTheEarlierExport(Path target) throws IOException {
        assertThat(Files.readString(target)).isEqualTo("earlier");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }
}
