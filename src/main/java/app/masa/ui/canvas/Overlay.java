package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Surface;

/** Feedback drawn over the map in layout units: selection, drop indicator, rubber band, ghosts. */
interface Overlay {
    void paint(Surface surface, MapLayout layout, double zoom);
}
