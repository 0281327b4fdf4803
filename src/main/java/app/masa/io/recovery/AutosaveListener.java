package app.masa.io.recovery;

import java.io.IOException;

/**
 * Hears whether the recovery copy of a document can be written, so that a window can say when its
 * unsaved changes are not being kept safe. Told on the background thread that writes the copies.
 */
public interface AutosaveListener {
    /** A copy could not be written; the changes since the last copy are at risk until one is. */
    void failed(IOException reason);

    /** After a failure: a copy was written, or none is needed any more (saved, undone, closed). */
    void working();
}
