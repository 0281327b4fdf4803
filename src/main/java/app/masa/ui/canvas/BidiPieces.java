package app.masa.ui.canvas;

import app.masa.layout.VisualOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pieces each line of text is drawn in ({@link VisualOrder#pieces}), remembered: JavaFX lays
 * each fillText out as a left-to-right paragraph, so mixed-direction lines go to the canvas in
 * visual pieces, and the same lines are drawn again on every frame.
 */
final class BidiPieces {
    private static final int MAX_CACHED = 20_000;
    private static final Map<String, List<String>> CACHE = new LinkedHashMap<>();

    private BidiPieces() {
    }

    /** The pieces of a line, left to right; one piece when the line needs no reordering. */
    static List<String> visual(String text, boolean rightToLeft) {
        String key = (rightToLeft ? 'R' : 'L') + text;
        List<String> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        List<String> pieces = VisualOrder.pieces(text, rightToLeft);
        if (CACHE.size() >= MAX_CACHED) {
            CACHE.clear();
        }
        CACHE.put(key, pieces);
        return pieces;
    }
}
