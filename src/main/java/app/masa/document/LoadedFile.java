package app.masa.document;

import app.masa.io.JourneyEncoder;
import app.masa.model.JourneyFile;
import java.nio.file.Path;

/**
 * A file read from disk and ready to become the open document: what it holds, what it looked like,
 * and the encoder its saves will use. Made on any thread
 * by {@link OpenDocument#read}; handed to {@link OpenDocument#open} on the document's thread.
 */
public record LoadedFile(Path path, JourneyFile document, DiskRecord disk, JourneyEncoder encoder) {

    /**
     * Encodes every card now, off the document's thread, so that saving the file later only
     * encodes what changed: worth it where a map is opened to be edited and saved again and again.
     */
    public LoadedFile preparedForSaving() {
        encoder.prepare(document);
        return this;
    }
}
