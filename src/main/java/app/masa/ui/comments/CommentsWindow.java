package app.masa.ui.comments;

import app.masa.edit.CommentEdits;
import app.masa.i18n.DirectionMarks;
import app.masa.i18n.Messages;
import app.masa.layout.TextDirection;
import app.masa.model.Comment;
import app.masa.model.CommentThread;
import app.masa.model.JourneyMap;
import app.masa.ui.common.ShellPreferences;
import app.masa.ui.dialog.DocumentWindow;
import app.masa.ui.dialog.ReadingEndDock;
import app.masa.ui.session.DocumentSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Predicate;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View > Comments: the current map's conversations, open ones first and resolved ones behind a
 * switch. Each thread says what it is about, lists its remarks and takes a reply; Resolve settles it
 * and Show selects the card, stage or lane on the canvas. Every change is one undo step.
 */
public final class CommentsWindow {
    private final DocumentSession session;
    private final ShellPreferences preferences;
    private final Predicate<String> show;
    private final Stage stage;
    private final VBox threads = new VBox(12);
    private final CheckBox resolved = new CheckBox();
    private final Label summary = new Label();

    private CommentsWindow(Window owner, DocumentSession session, ShellPreferences preferences, Predicate<String> show) {
        this.session = session;
        this.preferences = preferences;
        this.show = show;
        threads.setId("comments-threads");
        threads.setPadding(new Insets(12));
        resolved.setId("comments-show-resolved");
        resolved.selectedProperty().addListener(o -> refresh());
        summary.getStyleClass().add("panel-hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, summary, gap, resolved);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 12, 6, 12));
        ScrollPane scroller = new ScrollPane(threads);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane root = new BorderPane(scroller);
        root.setTop(top);
        root.getStyleClass().add("comments-window");
        // Beside the map at its reading end, so "Show" can bring a card into view next to the window.
        stage = DocumentWindow.create(owner, session, CommentsWindow.class, root, "comments", new Dimension2D(420, 560),
                new ReadingEndDock(), this::refresh);
        refresh();
    }

    /** Opens the window for a session (or brings the open one to the front). */
    public static Stage show(Window owner, DocumentSession session, ShellPreferences preferences,
                             Predicate<String> showOnCanvas) {
        return DocumentWindow.front(session, CommentsWindow.class).orElseGet(() -> {
            Stage stage = new CommentsWindow(owner, session, preferences, showOnCanvas).stage;
            stage.show();
            return stage;
        });
    }

    private void refresh() {
        JourneyMap map = session.currentMap();
        stage.getScene().setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);
        stage.setTitle(Messages.get("comments.window.title", DirectionMarks.quoted(map.title(), Messages.locale())));
        resolved.setText(Messages.get("comments.showResolved"));
        long open = map.comments().stream().filter(t -> !t.resolved()).count();
        long settled = map.comments().size() - open;
        summary.setText(Messages.get("comments.summary", open, settled));
        threads.getChildren().clear();
        for (CommentThread thread : map.comments()) {
            if (!thread.resolved() || resolved.isSelected()) {
                threads.getChildren().add(thread(map, thread));
            }
        }
        if (threads.getChildren().isEmpty()) {
            Label none = new Label(Messages.get(map.comments().isEmpty() ? "comments.none" : "comments.noneOpen"));
            none.setWrapText(true);
            none.getStyleClass().add("panel-hint");
            threads.getChildren().add(none);
        }
    }

    private Node thread(JourneyMap map, CommentThread thread) {
        Label about = new Label(CommentTargets.name(map, thread.target()));
        about.getStyleClass().add("comments-about");
        about.setWrapText(true);
        about.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(about, Priority.ALWAYS);
        Button showIt = new Button(Messages.get("comments.show"));
        showIt.setId("comments-show-" + thread.id());
        showIt.setOnAction(e -> show.test(thread.target()));
        Button settle = new Button(Messages.get(thread.resolved() ? "comments.reopen" : "comments.resolve"));
        settle.setId("comments-resolve-" + thread.id());
        settle.setOnAction(e -> session.execute(CommentEdits.resolve(map.id(), thread.id(), !thread.resolved())));
        HBox head = new HBox(8, about, showIt, settle);
        head.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(6, head);
        for (Comment comment : thread.comments()) {
            box.getChildren().add(remark(map, thread, comment));
        }
        if (!thread.resolved()) {
            TextField reply = new TextField();
            reply.setId("comments-reply-" + thread.id());
            reply.setPromptText(Messages.get("comments.reply.prompt"));
            HBox.setHgrow(reply, Priority.ALWAYS);
            Button send = new Button(Messages.get("comments.reply"));
            send.setId("comments-send-" + thread.id());
            send.disableProperty().bind(reply.textProperty().isEmpty());
            Runnable post = () -> {
                if (!reply.getText().isBlank()) {
                    session.execute(CommentEdits.comment(map.id(), thread.target(), preferences.commentAuthor(),
                            Instant.now(), reply.getText().strip()));
                }
            };
            send.setOnAction(e -> post.run());
            reply.setOnAction(e -> post.run());
            box.getChildren().add(new HBox(6, reply, send));
        }
        box.getStyleClass().add(thread.resolved() ? "comments-thread-resolved" : "comments-thread");
        box.setPadding(new Insets(10));
        box.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;"); // i18n-ok style
        box.setId("comments-thread-" + thread.id());
        return box;
    }

    private Node remark(JourneyMap map, CommentThread thread, Comment comment) {
        String who = comment.author().isBlank() ? Messages.get("comments.anonymous")
                : DirectionMarks.quoted(comment.author(), Messages.locale());
        String when = comment.time() == null ? "" : " · " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(Messages.locale()).withZone(ZoneId.systemDefault()).format(comment.time());
        Label byline = new Label(who + when);
        byline.getStyleClass().add("panel-hint");
        Label text = new Label(comment.text());
        text.setWrapText(true);
        // A remark reads in its own direction, whatever the interface's: a Hebrew question ends at the left.
        boolean rtl = TextDirection.isRightToLeft(comment.text(), map.direction().isRightToLeft());
        text.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button delete = new Button("✕");
        delete.getStyleClass().add("flat");
        delete.setAccessibleText(Messages.get("comments.delete"));
        delete.setTooltip(new javafx.scene.control.Tooltip(Messages.get("comments.delete")));
        delete.setOnAction(e -> session.execute(CommentEdits.delete(map.id(), thread.id(), comment.id())));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, byline, gap, delete);
        top.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, top, text);
    }
}
