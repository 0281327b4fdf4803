package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Surface;

/**
 * Marks painted into the map's picture itself, in layout units. They read only the layout: while
 * the zoom changes, pictures of the map are painted on a worker thread (see {@link ZoomPreview}).
 */
@FunctionalInterface
interface MapMarks {
    void paint(Surface surface, MapLayout layout);
}
