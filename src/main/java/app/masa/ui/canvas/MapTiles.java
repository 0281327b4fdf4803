package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Scale;

/**
 * The map's picture at one zoom: one canvas the size of the view, painted whole when the map
 * changes or the zoom settles, and square tiles around it. Panning moves the picture and paints
 * only the tiles that come into view beyond it, a few per frame, so no moving frame pays for the
 * whole view. While the zoom changes, a {@link ZoomPreview} stands in for the tiles until it settles.
 */
final class MapTiles {
    /** Pixels a side: small enough that a new row or column of tiles is cheap to paint. */
    static final int SIZE = 256;
    /**
     * Tiles a moving frame may paint. Painting is cheap to record; what costs is filling the
     * tile's pixels when the frame is rendered, about the same for every tile.
     */
    private static final int TILES_PER_FRAME = 2;
    /** Tiles kept around for reuse instead of new canvases. */
    private static final int SPARE_TILES = 24;

    private final Group node = new Group();
    /** The tiles, moved as one; {@link #node} also holds the zoom preview beside them. */
    private final Group picture = new Group();
    /** The view as it was at the last full paint; tiles are painted only where it does not reach. */
    private final Canvas base = new Canvas();
    private double baseX;
    private double baseY;
    private final Map<Long, Canvas> tiles = new HashMap<>();
    private final Deque<Canvas> spare = new ArrayDeque<>();
    private final CanvasRenderer renderer;
    private final MapMarks marks;
    private final ZoomPreview preview;
    /** Where the view's top left corner was, in picture pixels, when the tiles were last placed. */
    private double placedX;
    private double placedY;
    /** Kept from one zoom to the next: a window-sized image is a large allocation. */
    private WritableImage snapshot;
    private int[] snapshotPixels;
    private MapLayout layout;
    private double zoom = Double.NaN;

    MapTiles(CanvasRenderer renderer, MapMarks marks) {
        this.renderer = renderer;
        this.marks = marks;
        this.preview = new ZoomPreview(marks);
        node.setManaged(false);
        node.setAutoSizeChildren(false);
        picture.setManaged(false);
        picture.setAutoSizeChildren(false);
        picture.getChildren().add(base);
        node.getChildren().addAll(picture, preview.node());
    }

    Group node() {
        return node;
    }

    /** Tiles painted beside the view-sized picture, now. */
    int tileCount() {
        return tiles.size();
    }

    /** Whether the zoom preview stands in for the tiles. */
    boolean isPreviewing() {
        return preview.isShowing();
    }

    /** Whether the zoom preview shows a picture painted at the zoom it shows. */
    boolean isPreviewSharp() {
        return preview.isSharp();
    }

    /** Whether the tiles show this layout at this zoom, each tile as sharp as it can be. */
    boolean isCurrent(MapLayout shown, Viewport v) {
        return shown == layout && v.zoom() == zoom && missing(v) == 0;
    }

    /** Paints every visible tile afresh: the map changed, or the view settled at a new zoom. */
    void paintAll(MapLayout shown, Viewport v) {
        layout = shown;
        zoom = v.zoom();
        for (Canvas tile : tiles.values()) {
            if (spare.size() < SPARE_TILES) {
                spare.push(tile);
            }
        }
        tiles.clear();
        picture.getChildren().setAll(base);
        showTiles();
        place(v);
        baseX = viewOffset(v.scrollX(), zoom);
        baseY = viewOffset(v.scrollY(), zoom);
        base.setWidth(Math.ceil(v.viewWidth()) + 1);
        base.setHeight(Math.ceil(v.viewHeight()) + 1);
        base.setLayoutX(baseX);
        base.setLayoutY(baseY);
        renderer.paintMap(base, layout, zoom, baseX, baseY, marks);
    }

    /** The view has come to rest: paints what is missing, or everything if the zoom changed. */
    void settle(MapLayout shown, Viewport v) {
        if (shown == layout && v.zoom() == zoom) {
            showTiles();
            place(v);
            fill(v, Integer.MAX_VALUE);
        } else {
            paintAll(shown, v);
        }
    }

    /**
     * The view moved or zoomed: moves the tiles into place and paints a few of those missing; at
     * another zoom than the tiles', shows the zoom preview instead.
     */
    void follow(MapLayout shown, Viewport v) {
        if (shown != layout || Double.isNaN(zoom)) {
            paintAll(shown, v);
        } else if (v.zoom() == zoom) {
            showTiles();
            place(v);
            fill(v, TILES_PER_FRAME);
        } else {
            preview.show(shown, v, outputScale(), () -> inView(v));
            picture.setVisible(false);
        }
    }

    private void showTiles() {
        preview.hide();
        picture.setVisible(true);
    }

    /** Picture pixels at the tiles' zoom to view pixels now, by whole pixels. */
    private void place(Viewport v) {
        // Moving a picture by a fraction of a pixel would resample all of it; the feedback layer
        // above is placed the same way (see viewOffset), so both stay aligned.
        placedX = viewOffset(v.scrollX(), zoom);
        placedY = viewOffset(v.scrollY(), zoom);
        picture.getTransforms().setAll(new Affine(1, 0, -placedX, 0, 1, -placedY));
    }

    /** What the tiles show now, as they were last placed: where a zoom preview starts from. */
    private Picture inView(Viewport v) {
        double scale = outputScale();
        int width = Math.max(1, (int) Math.ceil(v.viewWidth() * scale));
        int height = Math.max(1, (int) Math.ceil(v.viewHeight() * scale));
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(new Scale(scale, scale));
        params.setViewport(new Rectangle2D(0, 0, width, height));
        params.setFill(FxSurface.color(layout.background()));
        if (snapshot == null || snapshot.getWidth() != width || snapshot.getHeight() != height) {
            snapshot = new WritableImage(width, height);
            snapshotPixels = new int[width * height];
        }
        picture.snapshot(params, snapshot);
        snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), snapshotPixels,
                0, width);
        return new Picture(layout, zoom * scale, placedX * scale, placedY * scale, width, height, snapshotPixels);
    }

    /** Device pixels per view pixel on the screen the canvas is shown on. */
    private double outputScale() {
        javafx.scene.Scene scene = node.getScene();
        return scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getOutputScaleX();
    }

    /** Where the view's edge is in the picture, in whole pixels. */
    static double viewOffset(double scroll, double zoom) {
        return Math.round(scroll * zoom);
    }

    /** Paints missing visible tiles, row by row, until the budget is spent; lets go of far ones. */
    private void fill(Viewport v, int budget) {
        paintMissing(v, budget);
        dropOutside(visibleRange(viewRect(v)));
    }

    private int missing(Viewport v) {
        return paintMissing(v, 0);
    }

    /** Paints up to {@code budget} of the visible tiles the picture lacks; returns how many it still lacks. */
    private int paintMissing(Viewport v, int budget) {
        double[] view = viewRect(v);
        int[] range = visibleRange(view);
        int lacking = 0;
        for (int row = range[1]; row <= range[3]; row++) {
            for (int col = range[0]; col <= range[2]; col++) {
                long key = key(col, row);
                if (tiles.containsKey(key) || coveredByBase(col, row, view)) {
                    continue;
                }
                if (budget > 0) {
                    paint(col, row, key);
                    budget--;
                } else {
                    lacking++;
                }
            }
        }
        return lacking;
    }

    /** The view in picture pixels at the tiles' zoom: left, top, right, bottom. */
    private double[] viewRect(Viewport v) {
        boolean sameZoom = v.zoom() == zoom;
        double left = sameZoom ? viewOffset(v.scrollX(), zoom) : v.scrollX() * zoom;
        double top = sameZoom ? viewOffset(v.scrollY(), zoom) : v.scrollY() * zoom;
        return new double[] {left, top, left + v.viewWidth() * zoom / v.zoom(), top + v.viewHeight() * zoom / v.zoom()};
    }

    /** First and last column and row of the tiles the view shows. */
    private static int[] visibleRange(double[] view) {
        return new int[] {floorDiv(view[0]), floorDiv(view[1]), floorDiv(view[2]), floorDiv(view[3])};
    }

    private void paint(int col, int row, long key) {
        Canvas tile = spare.isEmpty() ? new Canvas(SIZE, SIZE) : spare.pop();
        tile.setLayoutX((double) col * SIZE);
        tile.setLayoutY((double) row * SIZE);
        renderer.paintMap(tile, layout, zoom, (double) col * SIZE, (double) row * SIZE, marks);
        tiles.put(key, tile);
        picture.getChildren().add(tile);
    }

    /** Tiles more than one tile away from the view are let go, to be reused. */
    private void dropOutside(int[] range) {
        Iterator<Map.Entry<Long, Canvas>> it = tiles.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, Canvas> entry = it.next();
            int col = (int) (entry.getKey() >> 32);
            int row = (int) (long) entry.getKey();
            if (col < range[0] - 1 || col > range[2] + 1 || row < range[1] - 1 || row > range[3] + 1) {
                it.remove();
                picture.getChildren().remove(entry.getValue());
                if (spare.size() < SPARE_TILES) {
                    spare.push(entry.getValue());
                }
            }
        }
    }

    /** Whether the part of a tile that is in view is already in the view-sized picture. */
    private boolean coveredByBase(int col, int row, double[] view) {
        double left = Math.max((double) col * SIZE, view[0]);
        double top = Math.max((double) row * SIZE, view[1]);
        double right = Math.min((double) (col + 1) * SIZE, view[2]);
        double bottom = Math.min((double) (row + 1) * SIZE, view[3]);
        return left >= baseX && top >= baseY && right <= baseX + base.getWidth() && bottom <= baseY + base.getHeight();
    }

    private static int floorDiv(double px) {
        return (int) Math.floor(px / SIZE);
    }

    private static long key(int col, int row) {
        return ((long) col << 32) | (row & 0xffffffffL);
    }
}
