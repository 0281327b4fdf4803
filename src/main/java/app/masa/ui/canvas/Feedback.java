package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;

/** The colours and strokes of interaction feedback, kept apart from the map's own palette. */
final class Feedback {
    static final Rgba SELECTION = Rgba.hex("#2563eb");
    static final Rgba SELECTION_FILL = Rgba.hex("#2563eb1f");
    static final Rgba DROP = Rgba.hex("#2563eb");

    private Feedback() {
    }

    /** A stroke that stays the same width on screen at any zoom. */
    static Stroke screenStroke(Rgba color, double pixels, double zoom) {
        return Stroke.solid(color, pixels / zoom);
    }

    static Stroke dashedScreenStroke(Rgba color, double pixels, double zoom) {
        return new Stroke(color, pixels / zoom, new double[] {5 / zoom, 4 / zoom});
    }

    static double cardRadius(MapLayout layout) {
        return layout.style().metrics().cardRadius();
    }
}
