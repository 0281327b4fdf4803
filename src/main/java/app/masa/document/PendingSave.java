package app.masa.document;

import app.masa.io.JourneyEncoder;
import app.masa.model.JourneyFile;
import java.nio.file.Path;

/**
 * One save in flight: the document as it was when the save began ({@code source}), the stamped
 * copy that goes to disk ({@code written}) and where. Taken on the document's thread, written on
 * any, completed on the document's thread again; edits made meanwhile stay unsaved.
 */
public record PendingSave(Path target, JourneyFile source, JourneyFile written, JourneyEncoder encoder) {
}
