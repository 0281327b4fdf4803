package app.masa.ui.recovery;

import app.masa.i18n.Messages;
import app.masa.io.recovery.RecoveryEntry;
import app.masa.io.recovery.RecoveryStore;
import app.masa.ui.dialog.Dialogs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shown at start when an earlier Masa ended without saving: each document with its time, titles,
 * counts, file and a small picture. The user recovers the ones ticked (the others are deleted),
 * deletes them all, or decides later.
 */
public final class RecoveryDialog {
    private static final double THUMB_WIDTH = 260;
    private static final double THUMB_HEIGHT = 120;
    private static final double CONTENT_WIDTH = 640;

    private RecoveryDialog() {
    }

    public static RecoveryChoice ask(Window owner, RecoveryStore store, List<RecoveryEntry> entries, Executor background) {
        Dialog<RecoveryChoice> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "recovery");
        dialog.setTitle(Messages.get("recovery.title"));
        dialog.setHeaderText(Messages.get("recovery.header"));
        Map<RecoveryEntry, CheckBox> ticks = new LinkedHashMap<>();
        VBox rows = new VBox(12);
        rows.setPadding(new Insets(4));
        for (RecoveryEntry entry : entries) {
            CheckBox tick = new CheckBox();
            tick.setSelected(true);
            ticks.put(entry, tick);
            ImageView picture = new ImageView();
            picture.setId("recovery-preview-" + entry.id());
            rows.getChildren().add(row(entry, tick, picture));
            background.execute(() -> RecoveryPreview.thumbnail(store, entry, THUMB_WIDTH, THUMB_HEIGHT)
                    .ifPresent(image -> Platform.runLater(() -> picture.setImage(image))));
        }
        // One short sentence a line: wrapped right-to-left text is laid out unreliably.
        VBox detail = new VBox(2, new Label(Messages.get("recovery.detail.kept")),
                new Label(Messages.get("recovery.detail.choose")), new Label(Messages.get("recovery.detail.unticked")));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(3, entries.size()) * (THUMB_HEIGHT + 16));
        VBox content = new VBox(10, detail, scroll);
        content.setPrefWidth(CONTENT_WIDTH);
        dialog.getDialogPane().setContent(content);
        // Never narrower than the content: a right-to-left layout would shift it out of the window.
        dialog.getDialogPane().setPrefWidth(CONTENT_WIDTH + 40);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);

        ButtonType recover = new ButtonType(Messages.get("recovery.recover"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discardAll = new ButtonType(Messages.get("recovery.discardAll"), ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType(Messages.get("recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(recover, discardAll, later);
        dialog.setResultConverter(button -> {
            if (button == recover) {
                List<RecoveryEntry> chosen = new ArrayList<>();
                List<RecoveryEntry> dropped = new ArrayList<>();
                ticks.forEach((entry, tick) -> (tick.isSelected() ? chosen : dropped).add(entry));
                return new RecoveryChoice(chosen, dropped);
            }
            if (button == discardAll) {
                return new RecoveryChoice(List.of(), entries);
            }
            return RecoveryChoice.later();
        });
        return dialog.showAndWait().orElse(RecoveryChoice.later());
    }

    private static HBox row(RecoveryEntry entry, CheckBox tick, ImageView picture) {
        Label title = new Label(RecoveryTexts.titles(entry));
        title.setStyle("-fx-font-weight: bold;"); // i18n-ok style, not text
        Label when = new Label(RecoveryTexts.when(entry));
        Label counts = new Label(RecoveryTexts.counts(entry));
        Label file = new Label(RecoveryTexts.file(entry));
        file.setWrapText(true);
        VBox text = new VBox(3, title, when, counts, file);
        text.setPrefWidth(320);
        HBox row = new HBox(10, tick, text, picture);
        row.setId("recovery-row-" + entry.id());
        return row;
    }
}
