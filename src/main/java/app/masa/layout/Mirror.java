package app.masa.layout;

/**
 * Maps a position measured from the reading start to the page: the identity for left-to-right
 * maps, a reflection about the map's vertical centre line for right-to-left maps.
 */
record Mirror(double width, boolean rightToLeft) {
    Rect rect(double logicalX, double y, double w, double h) {
        return new Rect(rightToLeft ? width - logicalX - w : logicalX, y, w, h);
    }

    /** +1 when the journey runs to the right, -1 when it runs to the left. */
    double forward() {
        return rightToLeft ? -1 : 1;
    }
}
