package app.masa.ui.shell;

import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.session.DocumentSession;

/** Makes the canvas for a window. */
final class Canvases {
    private Canvases() {
    }

    static CanvasCommands create(DocumentSession session) {
        return new MapCanvasCommands(new MapCanvas(session));
    }
}
