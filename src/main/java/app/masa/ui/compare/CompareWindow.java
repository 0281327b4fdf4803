package app.masa.ui.compare;

import app.masa.edit.Refusal;
import app.masa.i18n.Messages;
import app.masa.ui.common.LanguageSwitch;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.dialog.ReadingEndDock;
import app.masa.ui.dialog.WindowFit;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The list of what the other version has differently, each thing with Take and Leave, and Take All,
 * Leave All and Close. Worked by keyboard too: Enter takes the selected row, Delete leaves it,
 * Escape closes. Selecting a row selects its thing on the map and scrolls to it.
 */
final class CompareWindow {
    private final Comparison comparison;
    private final Stage stage = new Stage();
    private final InvalidationListener follow = o -> refresh();
    private ListView<VersionRow> list;
    private Label intro;

    CompareWindow(Window owner, Comparison comparison) {
        this.comparison = comparison;
        Scene scene = new Scene(content());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                comparison.close();
            }
        });
        // Undo and redo reach the map from here too: taking a change and taking it back go together.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                () -> comparison.session().undo());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> comparison.session().redo());
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            comparison.session().documentProperty().removeListener(follow);
            comparison.close();
        });
        stage.setOnShown(e -> comparison.session().documentProperty().addListener(follow));
        WindowFit.stage(stage, "compare", new Dimension2D(440, 560), new ReadingEndDock());
        LanguageSwitch.follow(stage, () -> {
            stage.getScene().setRoot(content());
            refresh();
        });
    }

    void show() {
        // Comparing and settling conflicts word their buttons differently.
        stage.getScene().setRoot(content());
        refresh();
        stage.show();
        stage.toFront();
        list.requestFocus();
    }

    void hide() {
        stage.hide();
    }

    Stage stage() {
        return stage;
    }

    private VBox content() {
        intro = new Label();
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        list = new ListView<>();
        list.setId("compare-rows");
        list.setCellFactory(v -> new RowCell());
        list.setPlaceholder(new Label(Messages.get(comparison.isResolving() ? "compare.conflicts.none" : "compare.none")));
        list.setPrefSize(400, 420);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                comparison.reveal(row);
            }
        });
        list.setOnKeyPressed(e -> {
            VersionRow row = list.getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                take(List.of(row));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                leave(List.of(row));
                e.consume();
            }
        });
        boolean conflicts = comparison.isResolving();
        Button takeAll = button(conflicts ? "compare.conflict.takeAll" : "compare.takeAll", "compare-take-all",
                () -> take(list.getItems()));
        Button leaveAll = button(conflicts ? "compare.conflict.keepAll" : "compare.leaveAll", "compare-leave-all",
                () -> leave(list.getItems()));
        takeAll.disableProperty().bind(Bindings.isEmpty(list.getItems()));
        leaveAll.disableProperty().bind(Bindings.isEmpty(list.getItems()));
        Button close = button("compare.close", "compare-close", comparison::close);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, takeAll, leaveAll, gap, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(10, intro, list, buttons);
        root.setId("compare-window");
        root.setPadding(new Insets(14));
        root.setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        return root;
    }

    private void refresh() {
        if (list == null) {
            return;
        }
        String source = comparison.sourceName() == null ? "" : comparison.sourceName();
        boolean conflicts = comparison.isResolving();
        stage.setTitle(Messages.get(conflicts ? "compare.conflicts.title" : "compare.window.title", source));
        intro.setText(conflicts ? Messages.get("compare.conflicts.intro") : Messages.get("compare.intro", source));
        VersionRow selected = list.getSelectionModel().getSelectedItem();
        int at = list.getSelectionModel().getSelectedIndex();
        List<VersionRow> rows = comparison.rows();
        list.getItems().setAll(rows);
        if (selected != null && rows.stream().anyMatch(r -> r.key().equals(selected.key()))) {
            list.getSelectionModel().select(rows.indexOf(rows.stream().filter(r -> r.key().equals(selected.key()))
                    .findFirst().orElseThrow()));
        } else if (!rows.isEmpty() && at >= 0) {
            list.getSelectionModel().select(Math.min(at, rows.size() - 1));
        }
    }

    private void take(List<VersionRow> rows) {
        Optional<Refusal> refusal = comparison.take(List.copyOf(rows));
        refusal.ifPresent(r -> Dialogs.showError(stage, Messages.get("compare.refused"), r.message()));
        refresh();
    }

    private void leave(List<VersionRow> rows) {
        comparison.leave(List.copyOf(rows));
        refresh();
    }

    private static Button button(String key, String id, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A row: the changes in words, with Take and Leave at its end. */
    private final class RowCell extends ListCell<VersionRow> {
        @Override
        protected void updateItem(VersionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label text = new Label(row.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            // As tall as its wrapped lines: a long place name must not end in "…".
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setPrefWidth(1);
            HBox.setHgrow(text, Priority.ALWAYS);
            boolean conflict = row.isConflict();
            Button take = button(conflict ? "compare.conflict.takeTheirs" : "compare.take", "compare-take",
                    () -> take(List.of(row)));
            take.setTooltip(new Tooltip(Messages.get(conflict ? "compare.conflict.takeTheirs.tip" : "compare.take.tip")));
            take.setDisable(row.takes().isEmpty());
            take.setFocusTraversable(false);
            Button leave = button(conflict ? "compare.conflict.keepOurs" : "compare.leave", "compare-leave",
                    () -> leave(List.of(row)));
            leave.setTooltip(new Tooltip(Messages.get(conflict ? "compare.conflict.keepOurs.tip" : "compare.leave.tip")));
            leave.setFocusTraversable(false);
            HBox box = new HBox(6, text, take, leave);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPrefWidth(0);
            setText(null);
            setGraphic(box);
        }
    }
}
