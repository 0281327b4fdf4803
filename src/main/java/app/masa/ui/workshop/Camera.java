package app.masa.ui.workshop;

import app.masa.layout.Rect;

/**
 * Where the presentation looks: layout point (x, y) shows at screen (x * scale + dx, y * scale + dy).
 */
record Camera(double scale, double dx, double dy) {
    /** Breathing room around what is shown, as a share of the screen. */
    private static final double MARGIN = 0.04;

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
