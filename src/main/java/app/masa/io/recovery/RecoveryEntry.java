package app.masa.io.recovery;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One recovery copy as listed: enough to show the user what it is (titles, counts, when, which file)
 * without reading the document itself.
 *
 * @param id       the copy's name in the recovery folder
 * @param original the file the document was opened from or last saved to; null when never saved
 * @param savedAt  when the copy was written
 * @param titles   the title of every map in the document
 * @param cards    the number of cards over all maps
 * @param owner    the window that wrote it
 */
public record RecoveryEntry(String id, Path original, Instant savedAt, List<String> titles, int cards,
        ProcessOwner owner) {
    public RecoveryEntry {
        titles = List.copyOf(titles);
    }

    public Optional<Path> originalFile() {
        return Optional.ofNullable(original);
    }
}
