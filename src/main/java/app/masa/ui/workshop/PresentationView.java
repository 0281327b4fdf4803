package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.StageBox;
import app.masa.layout.Theme;
import app.masa.model.JourneyMap;
import app.masa.ui.common.LanguageSwitch;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.text.BundledFonts;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Presentation mode: the current map alone on a full screen in the projector look, fitted to the
 * screen, stepping through the journey one stage at a time with a smooth zoom. Everything the room
 * does here (focus, hidden lanes) changes only the view; dots go through the history like any edit.
 * The editor window stays as it was and takes over again when the presentation closes.
 */
final class PresentationView {
    static final Duration ZOOM_TIME = Duration.millis(450);
    private static final double STAGE_PADDING = 12;

    private final DocumentSession session;
    private final VoteActions votes;
    private final Countdown countdown;
    private final Stage stage = new Stage();
    private final Canvas canvas = new Canvas();
    private final PresentationOverlays overlays;
    private final LayoutEngine engine = new LayoutEngine();
    private final LayoutOptions options = new LayoutOptions(true, Theme.PROJECTOR, Set.of());
    private final LaneFilter lanes = new LaneFilter();
    private final StageSteps steps = new StageSteps(0);
    private final DoubleProperty progress = new SimpleDoubleProperty(1);
    private final Timeline zoom = new Timeline();
    private final ChangeListener<Object> documentChanged = (o, a, b) -> relayout(false);
    private JourneyMap map;
    private MapLayout layout;
    /** The layout as last painted: the layout itself, or its summary when the map is shown small. */
    private MapLayout shown;
    private Camera camera;
    private Camera from;
    private Camera to;
    private boolean focus;
    /** A picture decoded after the frame that showed its placeholder: paint again. Held weakly by the surface. */
    private final ChangeListener<Number> pictureDecoded = (o, a, b) -> repaint();

    PresentationView(Window owner, DocumentSession session, VoteActions votes, Countdown countdown) {
        BundledFonts.load();
        app.masa.ui.canvas.FxSurface.picturesDecoded()
                .addListener(new javafx.beans.value.WeakChangeListener<>(pictureDecoded));
        this.session = session;
        this.votes = votes;
        this.countdown = countdown;
        overlays = new PresentationOverlays(countdown);
        Pane surface = new Pane(canvas);
        StackPane root = new StackPane(surface, overlays.node());
        root.setId("workshop-presentation");
        root.getStyleClass().add("presentation");
        // The map mirrors itself for right-to-left journeys; only the overlays follow the interface.
        canvas.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        surface.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        Scene scene = new Scene(root, 1280, 800);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(PresentationView.class.getResource("workshop.css").toExternalForm());
        canvas.widthProperty().bind(scene.widthProperty());
        canvas.heightProperty().bind(scene.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> jump());
        canvas.heightProperty().addListener((o, a, b) -> jump());
        stage.setScene(scene);
        stage.initStyle(StageStyle.UNDECORATED);
        if (owner != null) {
            stage.initOwner(owner);
        }
        sayWords(root);
        LanguageSwitch.follow(stage, () -> {
            sayWords(root);
            relayout(false);
        });
        // Escape closes the presentation itself, not just the full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        progress.addListener((o, a, p) -> {
            camera = from.toward(to, p.doubleValue(), canvas.getWidth(), canvas.getHeight());
            repaint();
        });
        new PresentationControls(this).install(scene, canvas, overlays);
        session.documentProperty().addListener(documentChanged);
        session.currentMapIdProperty().addListener(documentChanged);
        stage.setOnHidden(e -> {
            zoom.stop();
            session.documentProperty().removeListener(documentChanged);
            session.currentMapIdProperty().removeListener(documentChanged);
        });
        relayout(false);
    }

    /** The words and the direction of the interface language; the map keeps its own. */
    private void sayWords(StackPane root) {
        root.setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        stage.setTitle(Messages.get("workshop.present.title"));
        stage.setFullScreenExitHint(Messages.get("workshop.present.hint"));
    }

    void show() {
        // Cover the screen the editor is on even where the system offers no full-screen mode.
        Rectangle2D screen = screenOf(stage.getOwner()).getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreen(true);
        stage.show();
        stage.toFront();
        // The keys are the room's from the first moment, whatever window had them before.
        stage.requestFocus();
        canvas.requestFocus();
        jump();
    }

    private static Screen screenOf(Window owner) {
        if (owner == null) {
            return Screen.getPrimary();
        }
        return Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary());
    }

    void close() {
        // Out of full screen first: that stops the "press Esc" hint's fade, which JavaFX 21 would
        // otherwise go on animating on a closed window, failing and leaving the renderer locked.
        stage.setFullScreen(false);
        stage.close();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage;
    }

    /** The node whose scene takes the room's keys. */
    Node keyboardNode() {
        return canvas;
    }

    // ---- what the room asks for ----

    void next() {
        if (steps.next()) {
            moveToStep();
        }
    }

    void previous() {
        if (steps.previous()) {
            moveToStep();
        }
    }

    /** The arrow keys, in the map's own reading direction. */
    void arrow(boolean right) {
        if (steps.arrow(right, map.direction())) {
            moveToStep();
        }
    }

    void home() {
        if (steps.home()) {
            moveToStep();
        }
    }

    void last() {
        if (steps.show(layout.stages().size() - 1)) {
            moveToStep();
        }
    }

    void showStage(int index) {
        if (steps.show(index)) {
            moveToStep();
        }
    }

    void toggleFocus() {
        focus = !focus;
        repaint();
    }

    /** Hides or shows the lane with this place in the map (0 is the top lane). */
    void toggleLane(int laneIndex) {
        if (laneIndex < map.lanes().size()) {
            lanes.toggle(map, map.lanes().get(laneIndex).id());
            relayout(true);
        }
    }

    /** Shows only the lane at a layout point, or all lanes when it already stands alone. */
    void isolateLaneAt(double layoutX, double layoutY) {
        layout.lanes().stream()
                .filter(l -> l.band().contains(layoutX, layoutY) || l.header().contains(layoutX, layoutY))
                .findFirst()
                .ifPresent(l -> {
                    lanes.only(map, l.laneId());
                    relayout(true);
                });
    }

    void showAllLanes() {
        if (lanes.hidesAny()) {
            lanes.showAll();
            relayout(true);
        }
    }

    /** A click on a card during a vote: a dot on (or, with Shift, off) the card. */
    void dot(String cardId, boolean remove) {
        if (session.currentMap().vote() == null) {
            overlays.toast(Messages.get("workshop.vote.none"));
            return;
        }
        (remove ? votes.removeDot(cardId) : votes.addDot(cardId)).ifPresent(overlays::toast);
    }

    // ---- what the controls and the tests read ----

    int currentStage() {
        return steps.current();
    }

    boolean focused() {
        return focus;
    }

    boolean hidesLane(String laneId) {
        return lanes.isHidden(laneId);
    }

    MapLayout layout() {
        return layout;
    }

    MapLayout shownLayout() {
        return shown;
    }

    Camera camera() {
        return camera;
    }

    Countdown countdown() {
        return countdown;
    }

    PresentationOverlays overlays() {
        return overlays;
    }

    /** Where a layout point is on the screen, for tests that click on the map. */
    Point2D screenPointOf(double layoutX, double layoutY) {
        return canvas.localToScreen(camera.screenX(layoutX), camera.screenY(layoutY));
    }

    /** Ends a zoom under way at once (tests, and a second key press while zooming). */
    void finishZoom() {
        if (zoom.getStatus() == Animation.Status.RUNNING) {
            zoom.stop();
            progress.set(1);
        }
    }

    /** The part of the screen a stage takes when the room looks at it: its header and its column. */
    static Rect stageArea(StageBox stage) {
        Rect h = stage.header();
        Rect c = stage.column();
        double x = Math.min(h.x(), c.x());
        double y = Math.min(h.y(), c.y());
        return new Rect(x, y, Math.max(h.maxX(), c.maxX()) - x, Math.max(h.maxY(), c.maxY()) - y);
    }

    // ---- drawing ----

    private void relayout(boolean animate) {
        map = session.currentMap();
        layout = engine.layout(lanes.apply(map), options.withBrand(session.documentProperty().get().brand()));
        steps.setCount(layout.stages().size());
        overlays.showMap(map, layout, steps.current());
        if (animate) {
            moveToStep();
        } else {
            jump();
        }
    }

    private void moveToStep() {
        overlays.showMap(map, layout, steps.current());
        Camera target = target();
        if (camera == null || target == null) {
            jump();
            return;
        }
        zoom.stop();
        from = camera;
        to = target;
        progress.set(0);
        zoom.getKeyFrames().setAll(new KeyFrame(ZOOM_TIME, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        zoom.playFromStart();
    }

    private void jump() {
        zoom.stop();
        Camera target = target();
        if (target == null) {
            return;
        }
        camera = target;
        from = target;
        to = target;
        repaint();
    }

    private Camera target() {
        if (layout == null || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return null;
        }
        // A stage is shown whole, every lane of it, as large as the screen allows: the room sees
        // where each card sits in the journey, and the summary keeps the titles readable.
        return Camera.fitting(shownArea(), canvas.getWidth(), canvas.getHeight());
    }

    private Rect shownArea() {
        return steps.current() == StageSteps.WHOLE_MAP
                ? new Rect(0, 0, layout.width(), layout.height())
                : padded(stageArea(layout.stages().get(steps.current())));
    }

    private static Rect padded(Rect r) {
        return new Rect(r.x() - STAGE_PADDING, r.y() - STAGE_PADDING, r.width() + 2 * STAGE_PADDING,
                r.height() + 2 * STAGE_PADDING);
    }

    private void repaint() {
        if (layout == null || camera == null) {
            return;
        }
        StageBox focused = focus && steps.current() >= 0 ? layout.stages().get(steps.current()) : null;
        shown = PresentationPainter.paint(canvas, layout, camera, focused);
    }
}
