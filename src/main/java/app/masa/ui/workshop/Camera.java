package app.masa.ui.workshop;

import app.masa.layout.Rect;

/**
 * Where the presentation looks: layout point (x, y) shows at screen (x * scale + dx, y * scale + dy).
 */
record Camera(double scale, double dx, double dy) {
    /** Breathing room around what is shown, as a share of the screen. */
    private static final double MARGIN = 0.04;
    /** The least share of the screen's width a stage takes when the room looks at it alone. */
    private static final double STAGE_SHARE = 0.34;
    private static final double MAX_STAGE_SCALE = 2.4;

    /** The camera that shows a layout rectangle whole, as large as fits, centred on a screen. */
    static Camera fitting(Rect target, double screenWidth, double screenHeight) {
        double usableW = screenWidth * (1 - 2 * MARGIN);
        double usableH = screenHeight * (1 - 2 * MARGIN);
        double scale = Math.min(usableW / Math.max(1, target.width()), usableH / Math.max(1, target.height()));
        double dx = screenWidth / 2 - target.centerX() * scale;
        double dy = screenHeight / 2 - target.centerY() * scale;
        return new Camera(scale, dx, dy);
    }

    /**
     * The camera on one stage: as large as the screen's height allows, but never so small that the
     * stage's column takes less than {@value #STAGE_SHARE} of the screen's width; a column taller
     * than the screen then starts at its header and the rest is a pan away.
     */
    static Camera onStage(Rect area, double screenWidth, double screenHeight) {
        Camera fit = fitting(area, screenWidth, screenHeight);
        double wide = Math.min(MAX_STAGE_SCALE, STAGE_SHARE * screenWidth / Math.max(1, area.width()));
        if (fit.scale >= wide) {
            return fit;
        }
        double dx = screenWidth / 2 - area.centerX() * wide;
        double dy = screenHeight * MARGIN - area.y() * wide;
        return new Camera(wide, dx, dy);
    }

    /** This camera moved up or down by a screen distance, keeping some of the area on screen. */
    Camera panned(double screenDy, Rect area, double screenHeight) {
        double top = screenHeight * MARGIN - area.y() * scale;
        double bottom = screenHeight * (1 - MARGIN) - area.maxY() * scale;
        double low = Math.min(top, bottom);
        double high = Math.max(top, bottom);
        return new Camera(scale, dx, Math.max(low, Math.min(high, dy + screenDy)));
    }

    /**
     * The camera part way from this one to another. The scale moves geometrically, so a zoom feels
     * even, and the point under the middle of the screen travels on a straight line.
     */
    Camera toward(Camera to, double t, double screenWidth, double screenHeight) {
        if (t <= 0) {
            return this;
        }
        if (t >= 1) {
            return to;
        }
        double scale = this.scale * Math.pow(to.scale / this.scale, t);
        double cx = screenWidth / 2;
        double cy = screenHeight / 2;
        double fromX = (cx - dx) / this.scale;
        double fromY = (cy - dy) / this.scale;
        double toX = (cx - to.dx) / to.scale;
        double toY = (cy - to.dy) / to.scale;
        double x = fromX + (toX - fromX) * t;
        double y = fromY + (toY - fromY) * t;
        return new Camera(scale, cx - x * scale, cy - y * scale);
    }

    double layoutX(double screenX) {
        return (screenX - dx) / scale;
    }

    double layoutY(double screenY) {
        return (screenY - dy) / scale;
    }

    double screenX(double layoutX) {
        return layoutX * scale + dx;
    }

    double screenY(double layoutY) {
        return layoutY * scale + dy;
    }

    /** The part of the layout on a screen of this size. */
    Rect visible(double screenWidth, double screenHeight) {
        return new Rect(layoutX(0), layoutY(0), screenWidth / scale, screenHeight / scale);
    }
}
