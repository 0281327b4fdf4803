package app.masa.ui.export;

import app.masa.ui.common.FxImages;

import app.masa.export.ExportCancelledException;
import app.masa.export.ReadablePage;
import app.masa.i18n.Messages;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Export dialog's live preview of the first page. Changes to the options are gathered for a
 * quarter of a second, then the page is drawn on a worker thread; a newer request cancels an older
 * one, so the dialog never waits for a picture nobody will see.
 */
final class PreviewPane {
    private static final System.Logger LOG = System.getLogger(PreviewPane.class.getName());
    static final Duration QUIET = Duration.millis(250);
    private static final double DIMMED = 0.45;

    private final double boxWidth;
    private final double boxHeight;
    private final ImageView view = new ImageView();
    private final Label message = new Label();
    private final Label paperNote = new Label();
    private final VBox node;
    private final PauseTransition debounce = new PauseTransition(QUIET);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "masa-export-preview");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyIntegerWrapper drawn = new ReadOnlyIntegerWrapper(this, "drawn");
    private final Supplier<PreviewRequest> source;
    private Task<PreviewRenderer.Preview> running;

    PreviewPane(double boxWidth, double boxHeight, Supplier<PreviewRequest> source) {
        this.boxWidth = boxWidth;
        this.boxHeight = boxHeight;
        this.source = source;
        view.setId("export-preview");
        // The page is a picture of paper: a right-to-left dialog must not mirror it.
        view.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0, 0.35)));
        message.setId("export-preview-message");
        message.setWrapText(true);
        message.setMaxWidth(boxWidth);
        StackPane desk = new StackPane(view, message);
        desk.getStyleClass().add("export-preview");
        desk.setStyle("-fx-background-color: #dfe2e6; -fx-background-radius: 6;"); // i18n-ok style
        desk.setPadding(new Insets(12));
        // The page shrinks with the window on a short screen (a laptop at 200 %), never below half its size.
        desk.setMinSize(boxWidth / 2 + 24, boxHeight / 2 + 24);
        desk.setPrefSize(boxWidth + 24, boxHeight + 24);
        view.fitWidthProperty().bind(desk.widthProperty().subtract(24));
        view.fitHeightProperty().bind(desk.heightProperty().subtract(24));
        StackPane.setAlignment(message, Pos.CENTER);
        paperNote.setId("export-paper-note");
        paperNote.setWrapText(true);
        paperNote.setMaxWidth(boxWidth + 24);
        paperNote.setMinHeight(Region.USE_PREF_SIZE);
        node = new VBox(6, new Label(Messages.get("export.dialog.preview")), desk, paperNote);
        VBox.setVgrow(desk, Priority.ALWAYS);
        debounce.setOnFinished(e -> draw());
        show(Messages.get("export.dialog.drawing"));
    }

    Node node() {
        return node;
    }

    ReadOnlyObjectProperty<Image> imageProperty() {
        return view.imageProperty();
    }

    /** How many previews have been shown; tests wait on it. */
    ReadOnlyIntegerProperty drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    /** The options changed: draws again once they have been still for a moment. */
    void refresh() {
        view.setOpacity(view.getImage() == null ? 1 : DIMMED);
        if (view.getImage() == null) {
            show(Messages.get("export.dialog.drawing"));
        }
        debounce.playFromStart();
    }

    /** Draws at once, for the first look when the dialog opens. */
    void refreshNow() {
        debounce.stop();
        draw();
    }

    /** Stops drawing for good: the dialog closed. */
    void close() {
        debounce.stop();
        if (running != null) {
            running.cancel();
        }
        worker.shutdownNow();
    }

    private void draw() {
        if (running != null) {
            running.cancel();
        }
        PreviewRequest request = source.get();
        if (request.maps().isEmpty()) {
            running = null;
            view.setImage(null);
            show(Messages.get("export.dialog.nothingChosen"));
            return;
        }
        Task<PreviewRenderer.Preview> task = new Task<>() {
            @Override
            protected PreviewRenderer.Preview call() throws Exception {
                return PreviewRenderer.render(request, boxWidth, boxHeight, this::isCancelled);
            }
        };
        task.setOnSucceeded(e -> {
            if (task == running) {
                PreviewRenderer.Preview preview = task.getValue();
                view.setImage(FxImages.toFx(preview.image()));
                showPaper(preview.paper(), request.readablePaper());
                view.setOpacity(1);
                show(null);
                drawn.set(drawn.get() + 1);
            }
        });
        task.setOnFailed(e -> {
            if (task == running && !(task.getException() instanceof ExportCancelledException)) {
                LOG.log(System.Logger.Level.WARNING, "The export preview could not be drawn", task.getException());
                view.setImage(null);
                String reason = task.getException().getMessage();
                show(Messages.get("export.dialog.previewFailed",
                        reason == null ? Messages.get("dialog.file.unexpected") : reason));
            }
        });
        running = task;
        worker.submit(task);
    }

    /** How large card text prints, or nothing for formats without paper. */
    private void showPaper(ReadablePage.Choice paper, boolean readablePaper) {
        paperNote.setVisible(paper != null);
        paperNote.setManaged(paper != null);
        paperNote.setText(paper == null ? "" : PaperNote.of(paper, readablePaper));
        paperNote.getStyleClass().remove("export-paper-warning");
        if (paper != null && !readablePaper && paper.tooSmall()) {
            paperNote.getStyleClass().add("export-paper-warning");
        }
    }

    private void show(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
    }
}
