package app.masa.ui.links;

import app.masa.analysis.MapOverview;
import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Sparkline;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.DocumentWindow;
import app.masa.ui.session.DocumentSession;
import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View > Overview: the file's maps as rows, each with its stages, its emotion line in miniature,
 * its pain points and open opportunities. Open shows a map; the arrows reorder the maps (one undo
 * step each), so a file of one journey per persona or per detail reads in the order that makes sense.
 */
public final class OverviewWindow {
    private static final double SPARK_WIDTH = 120;
    private static final double SPARK_HEIGHT = 32;

    private final DocumentSession session;
    private final Stage stage;
    private final VBox rows = new VBox(8);

    private OverviewWindow(Window owner, DocumentSession session) {
        this.session = session;
        rows.setId("overview-rows");
        rows.setPadding(new Insets(12));
        ScrollPane scroller = new ScrollPane(rows);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        stage = DocumentWindow.create(owner, session, OverviewWindow.class, scroller, "overview", new Dimension2D(720, 420),
                this::refresh);
        refresh();
    }

    public static Stage show(Window owner, DocumentSession session) {
        return DocumentWindow.front(session, OverviewWindow.class).orElseGet(() -> {
            Stage stage = new OverviewWindow(owner, session).stage;
            stage.show();
            return stage;
        });
    }

    private void refresh() {
        stage.getScene().setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);
        stage.setTitle(Messages.get("overview.title"));
        rows.getChildren().clear();
        List<JourneyMap> maps = session.document().maps();
        for (int i = 0; i < maps.size(); i++) {
            rows.getChildren().add(row(maps.get(i), i, maps.size()));
        }
    }

    private Node row(JourneyMap map, int index, int count) {
        MapOverview overview = MapOverview.of(map);
        Label title = new Label(map.title());
        title.getStyleClass().add("overview-title");
        title.setStyle("-fx-font-weight: bold;"); // i18n-ok style
        Label stages = new Label(String.join(Messages.get("overview.stageSeparator"), overview.stages()));
        stages.setWrapText(true);
        stages.getStyleClass().add("panel-hint");
        Label counts = new Label(Messages.get("overview.counts", overview.painPoints(), overview.openOpportunities()));
        VBox words = new VBox(2, title, stages, counts);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);

        Button open = new Button(Messages.get("overview.open"));
        open.setId("overview-open-" + map.id());
        open.setDefaultButton(map.id().equals(session.currentMap().id()));
        open.setOnAction(e -> session.currentMapIdProperty().set(map.id()));
        Button up = new Button("↑");
        up.setId("overview-up-" + map.id());
        up.setTooltip(new Tooltip(Messages.get("overview.up")));
        up.setDisable(index == 0);
        up.setOnAction(e -> session.execute(Edits.moveMap(map.id(), index - 1)));
        Button down = new Button("↓");
        down.setId("overview-down-" + map.id());
        down.setTooltip(new Tooltip(Messages.get("overview.down")));
        down.setDisable(index == count - 1);
        down.setOnAction(e -> session.execute(Edits.moveMap(map.id(), index + 1)));

        HBox row = new HBox(12, spark(overview, map.direction().isRightToLeft()), words, open, up, down);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(8));
        row.setId("overview-row-" + map.id());
        row.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;"); // i18n-ok style
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                session.currentMapIdProperty().set(map.id());
            }
        });
        return row;
    }

    /** The emotion line in miniature, drawn where {@link Sparkline} puts its points. */
    private static Node spark(MapOverview overview, boolean rightToLeft) {
        Canvas canvas = new Canvas(SPARK_WIDTH, SPARK_HEIGHT);
        canvas.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        GraphicsContext g = canvas.getGraphicsContext2D();
        double middle = SPARK_HEIGHT / 2;
        g.setStroke(Color.gray(0.75));
        g.setLineWidth(1);
        g.strokeLine(2, middle, SPARK_WIDTH - 2, middle);
        g.setStroke(Color.web("#2563eb"));
        g.setLineWidth(2);
        Rect box = new Rect(4, 4, SPARK_WIDTH - 8, SPARK_HEIGHT - 8);
        for (List<Point> run : Sparkline.of(overview.stageScores(), overview.min(), overview.max(), box, rightToLeft)) {
            g.beginPath();
            g.moveTo(run.get(0).x(), run.get(0).y());
            for (Point p : run) {
                g.lineTo(p.x(), p.y());
            }
            g.stroke();
            for (Point p : run) {
                g.fillOval(p.x() - 2, p.y() - 2, 4, 4);
            }
        }
        return canvas;
    }
}
