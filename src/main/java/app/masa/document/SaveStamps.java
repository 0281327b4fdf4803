package app.masa.document;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a map's "modified" time on the copy that is written, never through the history, so stamping
 * is not an undo step and the document stays clean. A map that has not changed since the last
 * save is written exactly as last time, so saving an unchanged map twice gives identical bytes.
 */
public final class SaveStamps {
    private JourneyFile lastSource;
    private JourneyFile lastWritten;

    /** The document as read or created: its maps count as unchanged until edited. */
    public void baseline(JourneyFile document) {
        remember(document, document);
    }

    /** The copy to write for {@code current}: changed maps get {@code now} as their modified time. */
    public JourneyFile stamp(JourneyFile current, Instant now) {
        List<JourneyMap> maps = new ArrayList<>(current.maps().size());
        for (JourneyMap map : current.maps()) {
            maps.add(unchangedSinceLastSave(map) ? lastWritten.map(map.id()).orElseThrow() : map.withModified(now));
        }
        return current.withMaps(maps);
    }

    /** After a successful save: {@code source} was in the editor, {@code written} went to disk. */
    public void remember(JourneyFile source, JourneyFile written) {
        lastSource = source;
        lastWritten = written;
    }

    private boolean unchangedSinceLastSave(JourneyMap map) {
        return lastSource != null
                && lastSource.map(map.id()).map(map::equals).orElse(false)
                && lastWritten.map(map.id()).isPresent();
    }
}
