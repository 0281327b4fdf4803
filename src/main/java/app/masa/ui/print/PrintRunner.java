package app.masa.ui.print;

import app.masa.model.JourneyMap;
import javafx.stage.Window;

/** The menu's way in to printing: the map on screen, through the system's printers. */
public final class PrintRunner {
    private PrintRunner() {
    }

    public static void printInteractively(Window owner, JourneyMap map) {
        new PrintFlow(PrinterAccess.system()).start(owner, map);
    }
}
