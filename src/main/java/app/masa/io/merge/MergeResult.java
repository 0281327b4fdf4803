package app.masa.io.merge;

import app.masa.model.JourneyFile;
import java.util.List;

/**
 * A merged document.
 *
 * @param merged the document, its conflicts in each map's {@link app.masa.model.JourneyMap#conflicts()}
 * @param bytes the document in the file's canonical form
 * @param conflictLines one sentence per conflict (what, where, both values) in the interface language;
 *                      empty for a clean merge
 */
public record MergeResult(JourneyFile merged, byte[] bytes, List<String> conflictLines) {
    public MergeResult {
        conflictLines = List.copyOf(conflictLines);
    }

    public boolean isClean() {
        return conflictLines.isEmpty();
    }
}
