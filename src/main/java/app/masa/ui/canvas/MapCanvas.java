package app.masa.ui.canvas;

import app.masa.ui.pictures.PictureFiles;
import java.nio.file.Path;
import app.masa.layout.FontRole;
import app.masa.layout.LayoutOptions;
import app.masa.layout.LinkMarks;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.VersionMark;
import app.masa.layout.VersionMarks;
import app.masa.model.Direction;
import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import java.util.List;
import javafx.stage.Window;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The map surface: paints the current map's layout in tiles (see {@link MapTiles}), scrolls and zooms it,
 * and turns mouse and keyboard gestures into commands on the {@link DocumentSession}. No node per
 * card, so a map of thousands of cards stays smooth.
 */
public final class MapCanvas extends Region {
    private static final double ZOOM_STEP = 1.2;
    /** The smallest card title, in screen pixels, that fit to width accepts: readable across a room. */
    static final double LEGIBLE_TITLE_PX = 10;

    private final DocumentSession session;
    private final Viewport viewport = new Viewport();
    /** Feedback over the map, placed and sized by the renderer to what it shows. */
    private final Canvas feedback = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Pane editorLayer = new Pane();
    private final LayoutCache layouts = new LayoutCache(LayoutsAhead.layouter());
    private final CanvasRenderer renderer = new CanvasRenderer();
    private final ObjectProperty<LayoutOptions> layoutOptions =
            new SimpleObjectProperty<>(this, "layoutOptions", LayoutOptions.canvas());
    private final CanvasEdits edits;
    private final SelectionOverlay selectionOverlay;
    private final LaneChevrons chevrons = new LaneChevrons();
    private final InPlaceEditor editor;
    private final PointerController pointer;
    private final CardClipboard clipboard;
    private final CaptureController capture;
    private final MapTiles tiles = new MapTiles(renderer, chevrons);
    /** Paints the map afresh once the view stops moving, sharp at the new position and zoom. */
    private final PauseTransition settle = new PauseTransition(Duration.millis(140));
    private final Rectangle clip = new Rectangle();
    private boolean syncingBars;
    /** The map whose reading start was shown last; another map, or this one mirrored, starts there again. */
    private String shownMapId;
    private Direction shownDirection;
    private MapLayout layout;
    /** Another version of the shown map whose differences are drawn over it, or null. */
    private final ObjectProperty<JourneyMap> comparedWith = new SimpleObjectProperty<>(this, "comparedWith");
    private final VersionMarks versionPlacer = new VersionMarks();
    private List<VersionMark> versionMarks = List.of();
    private final VersionOverlay versionOverlay = new VersionOverlay(() -> versionMarks);
    private final CommentOverlay commentOverlay = new CommentOverlay(this::currentMap);
    private final LinkOverlay linkOverlay = new LinkOverlay(this::linkMarks);
    private final StoryboardOverlay storyboardOverlay = new StoryboardOverlay();
    private Consumer<String> onComment;
    private Consumer<JourneyLink> onFollowLink;
    private Consumer<String> onLinkTo;
    private java.util.function.Function<JourneyLink, String> linkNames = link -> link.map() != null ? link.map() : link.file();

    /** Kept here, as the surface only holds it weakly: a closed window's canvas must not stay alive. */
    private final javafx.beans.value.ChangeListener<Number> onPictureDecoded = (o, a, v) -> repaintWhenIdle();
    private boolean repaintPending;

    public MapCanvas(DocumentSession session) {
        this.session = session;
        this.edits = new CanvasEdits(session);
        this.selectionOverlay = new SelectionOverlay(session.selection());
        this.editor = new InPlaceEditor(this, editorLayer);
        this.clipboard = new CardClipboard(this);
        this.capture = new CaptureController(this);
        this.pointer = new PointerController(this);
        getStyleClass().add("map-canvas");
        getStylesheets().add(MapCanvas.class.getResource("/app/masa/ui/canvas/canvas.css").toExternalForm());
        // The layout mirrors right-to-left maps itself; a mirrored node would mirror them back.
        setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        editorLayer.setPickOnBounds(false);
        editorLayer.setManaged(false);
        tiles.node().setFocusTraversable(false);
        tiles.node().setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        feedback.setManaged(false);
        feedback.setMouseTransparent(true);
        feedback.setFocusTraversable(false);
        getChildren().addAll(tiles.node(), feedback, editorLayer, horizontal, vertical);
        setFocusTraversable(true);
        // A moved or scaled picture of the map must not spill over the scroll bars.
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        settle.setOnFinished(e -> {
            FxSurface.resumeDecoding();
            tiles.settle(layout, viewport);
        });
        setMinSize(100, 100);
        setPrefSize(1000, 700);

        horizontal.valueProperty().addListener((o, a, v) -> scrollBarMoved());
        vertical.valueProperty().addListener((o, a, v) -> scrollBarMoved());
        session.documentProperty().addListener((o, a, v) -> refresh());
        session.currentMapIdProperty().addListener((o, a, v) -> refresh());
        session.replacementsProperty().addListener((o, a, v) -> {
            shownMapId = null;
            refresh();
        });
        layoutOptions.addListener((o, a, v) -> refresh());
        comparedWith.addListener((o, a, v) -> refresh());
        session.selection().cardIds().addListener((SetChangeListener<String>) c -> repaintOverlay());
        session.selection().stageIdProperty().addListener((o, a, v) -> repaintOverlay());
        session.selection().laneIdProperty().addListener((o, a, v) -> repaintOverlay());
        session.selection().connectionIdProperty().addListener((o, a, v) -> repaintOverlay());
        session.selection().cellProperty().addListener((o, a, v) -> repaintOverlay());
        FxSurface.picturesDecoded().addListener(new javafx.beans.value.WeakChangeListener<>(onPictureDecoded));
        new KeyController(this).install();
        pointer.install();
        refresh();
    }

    // ---- what the shell calls ----

    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    public void zoomIn() {
        zoomTo(viewport.zoom() * ZOOM_STEP);
    }

    public void zoomOut() {
        zoomTo(viewport.zoom() / ZOOM_STEP);
    }

    public void zoomReset() {
        zoomTo(1.0);
    }

    public void fitToWindow() {
        viewport.fit();
        afterViewportChange();
    }

    /** As many whole stages as fit while card titles stay readable, all of them when the map is narrow enough. */
    public void fitToWidth() {
        viewport.fitWidth(LEGIBLE_TITLE_PX / layout.style().typography().size(FontRole.CARD_TITLE));
        afterViewportChange();
    }

    public void cut() {
        clipboard.cut();
    }

    public void copy() {
        clipboard.copy();
    }

    public void paste() {
        clipboard.paste();
    }

    public void deleteSelection() {
        edits.deleteSelection(currentMap());
    }

    public void selectAll() {
        session.selection().selectCards(currentMap().cards().stream().map(c -> c.id()).toList());
    }

    /** F2: edits the selected card's title, stage name, lane title or arrow label in place. */
    public void startEditingSelection() {
        editor.editSelection();
    }

    /** How the map is dressed on screen (theme); the presentation mode swaps it. */
    public ObjectProperty<LayoutOptions> layoutOptionsProperty() {
        return layoutOptions;
    }

    /** The geometry on screen now, for tests and for tools that point at things on the map. */
    public MapLayout currentLayout() {
        return layout;
    }

    /** Where a layout point is on the screen, for tests that drive the mouse. */
    public Point2D screenPointOf(double layoutX, double layoutY) {
        Point2D view = viewport.toView(layoutX, layoutY);
        return editorLayer.localToScreen(view.getX(), view.getY());
    }

    /** Where a layout point is in this node's own coordinates (for input fired at the node directly). */
    public Point2D localPointOf(double layoutX, double layoutY) {
        Point2D view = viewport.toView(layoutX, layoutY);
        return editorLayer.localToParent(view);
    }

    /**
     * What following a link does (the window opens its map or its file), and how a link's target is
     * named on its pill.
     */
    public void setOnFollowLink(Consumer<JourneyLink> onFollow, java.util.function.Function<JourneyLink, String> names) {
        this.onFollowLink = onFollow;
        this.linkNames = names;
    }

    /** What "Link to…" on a card or stage does with its id. */
    public void setOnLinkTo(Consumer<String> onLinkTo) {
        this.onLinkTo = onLinkTo;
    }

    /** Asks for a picture file and puts it on a card or into a cell. */
    void choosePicture(PictureDrop.Target target) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        Path file = PictureFiles.choose(owner);
        if (file != null) {
            pointer.pictureDrop().place(List.of(file), target);
        }
    }

    /** Edit > Picture…: for the one selected card, else a new card at the end of the selected cell. */
    public void choosePictureForSelection() {
        var selection = session.selection();
        if (selection.cardIds().size() == 1) {
            choosePicture(new PictureDrop.Target(selection.cardIds().iterator().next(), null));
            return;
        }
        var cell = selection.cellProperty().get();
        JourneyMap map = currentMap();
        if (cell != null && map.stage(cell.stageId()).isPresent() && map.lane(cell.laneId()).isPresent()) {
            choosePicture(new PictureDrop.Target(null,
                    new DropTarget(cell, map.cardsIn(cell.stageId(), cell.laneId()).size(), null)));
        }
    }

    PictureDrop pictures() {
        return pointer.pictureDrop();
    }

    void linkFrom(String source) {
        if (onLinkTo != null) {
            onLinkTo.accept(source);
        }
    }

    List<LinkMarks.Mark> linkMarks() {
        return layout == null ? List.of() : LinkMarks.of(layout, currentMap(), linkNames);
    }

    /** Follows the link of a card or stage; true when it has one. */
    public boolean followLink(String source) {
        var link = currentMap().linkFrom(source);
        if (link.isPresent() && onFollowLink != null) {
            onFollowLink.accept(link.get());
            return true;
        }
        return false;
    }

    /** Follows the link whose pill is at a layout point; true when there was one. */
    boolean followLinkAt(double x, double y) {
        for (LinkMarks.Mark mark : linkMarks()) {
            if (mark.bounds().contains(x, y) && onFollowLink != null) {
                onFollowLink.accept(mark.link());
                return true;
            }
        }
        return false;
    }

    /** What "Comment…" on a card, stage or lane does with its id; set by the window, which knows the author. */
    public void setOnComment(Consumer<String> onComment) {
        this.onComment = onComment;
    }

    void commentOn(String id) {
        if (onComment != null) {
            onComment.accept(id);
        }
    }

    /** Selects a card, stage or lane by its id and scrolls it into view; false when the map has no such thing. */
    public boolean selectAndReveal(String id) {
        JourneyMap map = currentMap();
        if (layout == null) {
            return false;
        }
        if (map.card(id).isPresent()) {
            session.selection().selectCards(List.of(id));
        } else if (map.stages().stream().anyMatch(s -> s.id().equals(id))) {
            session.selection().selectStage(id);
        } else if (map.lanes().stream().anyMatch(l -> l.id().equals(id))) {
            session.selection().selectLane(id);
        } else {
            return false;
        }
        layout.boundsOf(id).ifPresent(this::reveal);
        return true;
    }

    /** Scrolls so that a layout rectangle is in view (a new card, a found card). */
    public void reveal(Rect r) {
        Rect visible = viewport.visibleRect();
        double x = viewport.scrollX();
        double y = viewport.scrollY();
        if (r.x() < visible.x()) {
            x = r.x() - 16;
        } else if (r.maxX() > visible.maxX()) {
            x = Math.min(r.x() - 16, r.maxX() + 16 - visible.width());
        }
        if (r.y() < visible.y()) {
            y = r.y() - 16;
        } else if (r.maxY() > visible.maxY()) {
            y = Math.min(r.y() - 16, r.maxY() + 16 - visible.height());
        }
        viewport.scrollTo(x, y);
        afterViewportChange();
    }

    /**
     * Another version of a map (matched by id) whose differences from the map shown are drawn over
     * it while that map shows; null for none.
     */
    public ObjectProperty<JourneyMap> comparedWithProperty() {
        return comparedWith;
    }

    /** The other version's differences as drawn now, placed by the layout. */
    public List<VersionMark> versionMarks() {
        return versionMarks;
    }

    // ---- for the gesture and key controllers of this package ----

    DocumentSession session() {
        return session;
    }

    JourneyMap currentMap() {
        return session.currentMap();
    }

    Viewport viewport() {
        return viewport;
    }

    /**
     * The view's own coordinates for the pointer, and its size: the layer of the in-place editor,
     * which covers the view and never moves (the map's picture below it does).
     */
    Region view() {
        return editorLayer;
    }

    /** The feedback layer, for tests that look at the map's picture without it. */
    Canvas feedback() {
        return feedback;
    }

    CanvasEdits edits() {
        return edits;
    }

    InPlaceEditor editor() {
        return editor;
    }

    CaptureController capture() {
        return capture;
    }

    CardClipboard clipboard() {
        return clipboard;
    }

    PointerController pointer() {
        return pointer;
    }

    MapTiles tiles() {
        return tiles;
    }

    /** The pause after which a moving view is painted in full, for tests that look at what comes before. */
    javafx.animation.Animation settling() {
        return settle;
    }

    LayoutIndex index() {
        return layouts.index();
    }

    FxFonts fonts() {
        return renderer.fonts();
    }

    void zoomAround(double newZoom, double viewX, double viewY) {
        viewport.zoomAround(newZoom, viewX, viewY);
        afterViewportChange();
    }

    void scrollBy(double dxLayout, double dyLayout) {
        viewport.scrollBy(dxLayout, dyLayout);
        afterViewportChange();
    }

    /** Paints the map and the feedback over it (the view moved or the map changed). */
    void repaint() {
        settle.stop();
        FxSurface.resumeDecoding();
        tiles.paintAll(layout, viewport);
        repaintOverlay();
    }

    /** One repaint for any number of pictures decoded meanwhile. */
    private void repaintWhenIdle() {
        if (repaintPending) {
            return;
        }
        repaintPending = true;
        javafx.application.Platform.runLater(() -> {
            repaintPending = false;
            if (layout != null) {
                repaint();
            }
        });
    }

    /** Paints only the feedback: selection, hover, the gesture under way. */
    void repaintOverlay() {
        renderer.paintOverlay(feedback, layout, viewport, (surface, l, z) -> {
            versionOverlay.paint(surface, l, z);
            selectionOverlay.paint(surface, l, z);
            // Over the selection's outline, which runs along the edges these marks straddle.
            storyboardOverlay.paint(surface, l, z);
            commentOverlay.paint(surface, l, z);
            linkOverlay.paint(surface, l, z);
            pointer.paintOverlay(surface, l, z);
        });
    }

    /** Lays the current map out again if it changed, then repaints. */
    void refresh() {
        JourneyMap map = currentMap();
        // The brand belongs to the file, so the canvas takes it from the document on every change.
        layout = layouts.layoutOf(map, layoutOptions.get().withBrand(session.documentProperty().get().brand()));
        JourneyMap other = comparedWith.get();
        versionMarks = other == null || !other.id().equals(map.id()) ? List.of()
                : versionPlacer.place(layout, map, other);
        viewport.setContent(layout.width(), layout.height(), layout.direction());
        if (!map.id().equals(shownMapId) || layout.direction() != shownDirection) {
            shownMapId = map.id();
            shownDirection = layout.direction();
            pointer.cancel();
            editor.cancel();
            viewport.showReadingStart();
        }
        setBackground(new Background(new BackgroundFill(FxSurface.color(layout.background()), null, null)));
        syncScrollBars();
        editor.follow();
        repaint();
    }

    private void zoomTo(double z) {
        zoomAround(z, viewport.viewWidth() / 2, viewport.viewHeight() / 2);
    }

    /** The view moved or zoomed: moves the tiles into place, paints a few new ones, and all when it settles. */
    private void afterViewportChange() {
        syncScrollBars();
        editor.follow();
        tiles.follow(layout, viewport);
        repaintOverlay();
        if (!tiles.isCurrent(layout, viewport)) {
            FxSurface.holdDecoding();
            settle.playFromStart();
        }
    }

    private void scrollBarMoved() {
        if (syncingBars) {
            return;
        }
        viewport.scrollTo(horizontal.getValue(), vertical.getValue());
        afterViewportChange();
    }

    private void syncScrollBars() {
        syncingBars = true;
        try {
            Rect visible = viewport.visibleRect();
            horizontal.setMin(viewport.minScrollX());
            horizontal.setMax(viewport.maxScrollX());
            horizontal.setVisibleAmount(visible.width());
            horizontal.setValue(viewport.scrollX());
            horizontal.setUnitIncrement(40);
            horizontal.setBlockIncrement(visible.width() * 0.8);
            vertical.setMin(viewport.minScrollY());
            vertical.setMax(viewport.maxScrollY());
            vertical.setVisibleAmount(visible.height());
            vertical.setValue(viewport.scrollY());
            vertical.setUnitIncrement(40);
            vertical.setBlockIncrement(visible.height() * 0.8);
        } finally {
            syncingBars = false;
        }
    }

    @Override
    protected void layoutChildren() {
        double barW = vertical.prefWidth(-1);
        double barH = horizontal.prefHeight(-1);
        double w = Math.max(1, getWidth() - barW);
        double h = Math.max(1, getHeight() - barH);
        editorLayer.resizeRelocate(0, 0, w, h);
        horizontal.resizeRelocate(0, h, w, barH);
        vertical.resizeRelocate(w, 0, barW, h);
        // Scroll bars ask for layout whenever they move; only a new size needs a new picture.
        if (w != viewport.viewWidth() || h != viewport.viewHeight()) {
            viewport.setViewSize(w, h);
            syncScrollBars();
            editor.follow();
            repaint();
        }
    }
}
