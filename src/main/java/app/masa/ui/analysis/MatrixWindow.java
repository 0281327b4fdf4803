package app.masa.ui.analysis;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.layout.OpportunityMatrix;
import app.masa.layout.Rect;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.OpportunityDetails;
import app.masa.ui.dialog.DocumentWindow;
import app.masa.ui.session.DocumentSession;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.Dimension2D;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The impact × effort matrix of the current map's opportunities. Each opportunity is a chip where
 * its scores put it; dragging a chip to another cell scores it again, one undo step per drop, and
 * chips not scored yet wait in a tray below. Every position comes from {@link OpportunityMatrix}.
 */
public final class MatrixWindow {
    private final DocumentSession session;
    private final Stage stage;
    private final Pane plot = new Pane();
    private final Label hint = new Label();
    private OpportunityMatrix matrix;

    private MatrixWindow(Window owner, DocumentSession session) {
        this.session = session;
        plot.setId("matrix-plot");
        plot.setMinSize(420, 360);
        plot.setPrefSize(720, 540);
        InvalidationListener resized = o -> refresh();
        plot.widthProperty().addListener(resized);
        plot.heightProperty().addListener(resized);
        hint.getStyleClass().add("panel-hint");
        hint.setWrapText(true);
        BorderPane root = new BorderPane(plot);
        root.setBottom(hint);
        BorderPane.setAlignment(hint, Pos.CENTER_LEFT);
        root.getStyleClass().add("matrix-window");
        root.getProperties().put(MatrixWindow.class, this);
        stage = DocumentWindow.create(owner, session, MatrixWindow.class, root, "matrix", new Dimension2D(800, 680),
                this::refresh);
    }

    /** Opens the matrix for a session (or brings the open one to the front). */
    public static Stage show(Window owner, DocumentSession session) {
        return DocumentWindow.front(session, MatrixWindow.class).orElseGet(() -> {
            MatrixWindow window = new MatrixWindow(owner, session);
            window.stage.show();
            window.refresh();
            return window.stage;
        });
    }

    /** The matrix window a stage shows, for tests. */
    static MatrixWindow of(Window window) {
        return (MatrixWindow) window.getScene().getRoot().getProperties().get(MatrixWindow.class);
    }

    /** The layout the window shows now, for tests. */
    OpportunityMatrix matrix() {
        return matrix;
    }

    private void refresh() {
        JourneyMap map = session.currentMap();
        stage.setTitle(Messages.get("matrix.title", map.title()));
        hint.setText(Messages.get("matrix.hint"));
        // The matrix is mirrored by its own geometry, so the pane keeps left-to-right coordinates.
        plot.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        stage.getScene().getRoot().setNodeOrientation(
                Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        double width = plot.getWidth() > 0 ? plot.getWidth() : plot.getPrefWidth();
        double height = plot.getHeight() > 0 ? plot.getHeight() : plot.getPrefHeight();
        matrix = OpportunityMatrix.of(map, width, height);
        plot.getChildren().clear();
        for (OpportunityMatrix.Area area : matrix.quadrants()) {
            Label name = placed(new Label(Messages.get("matrix.quadrant." + area.quadrant().name().toLowerCase(Locale.ROOT))),
                    area.bounds());
            name.getStyleClass().addAll("matrix-quadrant", "matrix-quadrant-" + area.quadrant().name().toLowerCase(Locale.ROOT));
            name.setAlignment(Pos.BOTTOM_CENTER);
            plot.getChildren().add(name);
        }
        cells();
        axes();
        Label tray = placed(new Label(Messages.get("matrix.tray")), matrix.tray());
        tray.getStyleClass().add("matrix-tray");
        tray.setAlignment(Pos.BOTTOM_CENTER);
        plot.getChildren().add(tray);
        for (OpportunityMatrix.Chip chip : matrix.chips()) {
            plot.getChildren().add(chip(map, chip));
        }
    }

    /** A faint grid of the twenty-five cells, each score written along its axis. */
    private void cells() {
        for (int impact = OpportunityDetails.MIN; impact <= OpportunityDetails.MAX; impact++) {
            for (int effort = OpportunityDetails.MIN; effort <= OpportunityDetails.MAX; effort++) {
                Region cell = placed(new Region(), matrix.cell(impact, effort));
                cell.getStyleClass().add("matrix-cell");
                cell.setMouseTransparent(true);
                plot.getChildren().add(cell);
            }
        }
        Rect p = matrix.plot();
        for (int level = OpportunityDetails.MIN; level <= OpportunityDetails.MAX; level++) {
            Rect column = matrix.cell(OpportunityDetails.MIN, level);
            tick(level, column.x(), p.maxY() + 1, column.width(), Pos.TOP_CENTER);
            Rect row = matrix.cell(level, OpportunityDetails.MIN);
            double x = matrix.rightToLeft() ? p.maxX() + 2 : p.x() - 12;
            tick(level, x, row.y() + row.height() / 2 - 7, 10, Pos.CENTER);
        }
    }

    private void tick(int level, double x, double y, double width, Pos alignment) {
        Label tick = new Label(Integer.toString(level));
        tick.getStyleClass().add("matrix-tick");
        tick.setAlignment(alignment);
        tick.setMouseTransparent(true);
        tick.resizeRelocate(x, y, width, 14);
        tick.setPrefSize(width, 14);
        plot.getChildren().add(tick);
    }

    /** The ends of both axes named in words: no arrow has to point the right way in both directions. */
    private void axes() {
        Rect p = matrix.plot();
        double half = p.width() / 2;
        double lowX = matrix.rightToLeft() ? p.x() + half : p.x();
        double highX = matrix.rightToLeft() ? p.x() : p.x() + half;
        axisLabel("matrix.axis.effortLow", lowX, p.maxY() + 15, half, matrix.rightToLeft() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        axisLabel("matrix.axis.effortHigh", highX, p.maxY() + 15, half, matrix.rightToLeft() ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
        double axisCentre = (matrix.rightToLeft() ? p.maxX() + 24 : 12);
        Label high = axisLabel("matrix.axis.impactHigh", axisCentre - p.height() / 4, p.y() + p.height() / 4 - 10,
                p.height() / 2, Pos.CENTER);
        Label low = axisLabel("matrix.axis.impactLow", axisCentre - p.height() / 4, p.y() + 3 * p.height() / 4 - 10,
                p.height() / 2, Pos.CENTER);
        high.setRotate(-90);
        low.setRotate(-90);
    }

    private Label axisLabel(String key, double x, double y, double width, Pos alignment) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("matrix-axis");
        label.setAlignment(alignment);
        label.resizeRelocate(x, y, width, 20);
        label.setPrefSize(width, 20);
        plot.getChildren().add(label);
        return label;
    }

    private Label chip(JourneyMap map, OpportunityMatrix.Chip chip) {
        Label label = placed(new Label(chip.title()), chip.bounds());
        label.setId("matrix-chip-" + chip.cardId());
        label.getStyleClass().add("matrix-chip");
        label.setNodeOrientation(map.direction().isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        Card card = map.card(chip.cardId()).orElseThrow();
        OpportunityDetails o = card.opportunity();
        label.setTooltip(new Tooltip(o.isScored() ? Messages.get("matrix.chip.tip", chip.title(), o.impact(), o.effort())
                : chip.title()));
        double[] grab = new double[2];
        label.setOnMousePressed(e -> {
            grab[0] = e.getX();
            grab[1] = e.getY();
            label.toFront();
        });
        label.setOnMouseDragged(e -> label.relocate(label.getLayoutX() + e.getX() - grab[0],
                label.getLayoutY() + e.getY() - grab[1]));
        label.setOnMouseReleased(e -> drop(chip.cardId(), label.getLayoutX() + e.getX(), label.getLayoutY() + e.getY()));
        return label;
    }

    /** Scores the opportunity where its chip was let go; outside the plot it goes back where it was. */
    private void drop(String cardId, double x, double y) {
        int[] scores = matrix.scoresAt(x, y);
        Card before = session.currentMap().card(cardId).orElse(null);
        if (scores == null || before == null) {
            refresh();
            return;
        }
        OpportunityDetails o = before.opportunity().withImpact(scores[0]).withEffort(scores[1]);
        if (!o.equals(before.opportunity())) {
            session.execute(Edits.changeCard(session.currentMap().id(), before, before.withOpportunity(o)));
            session.seal();
        }
        refresh();
    }

    private static <R extends Region> R placed(R region, Rect r) {
        region.resizeRelocate(r.x(), r.y(), r.width(), r.height());
        region.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        region.setPrefSize(r.width(), r.height());
        region.setMaxSize(r.width(), r.height());
        return region;
    }
}
