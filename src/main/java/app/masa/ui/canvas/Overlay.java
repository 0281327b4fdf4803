package app.masa.ui.canvas;

import app.masa.layout.MapLayout;

/** Feedback drawn over the map in layout units: selection, drop indicator, rubber band, ghosts. */
interface Overlay {
    void paint(FxSurface surface, MapLayout layout, double zoom);
}
