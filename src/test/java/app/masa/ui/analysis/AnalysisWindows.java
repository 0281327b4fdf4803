package app.masa.ui.analysis;

import app.masa.model.ConversionPath;
import app.masa.model.Extras;
import app.masa.model.JourneyMap;
import javafx.stage.Window;

/** Opens the Numbers window's dialogs directly, for the window tour. */
public final class AnalysisWindows {
    private AnalysisWindows() {
    }

    /** The path editor on a path through the map's first two cards. */
    public static void editPath(Window owner, JourneyMap map) {
        var steps = map.cards().stream().limit(2).map(c -> c.id()).toList();
        PathEditor.edit(owner, map, new ConversionPath("tour", steps, 12, 0, Extras.NONE));
    }
}
