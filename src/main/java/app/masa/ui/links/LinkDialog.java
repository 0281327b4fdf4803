package app.masa.ui.links;

import app.masa.edit.LinkEdits;
import app.masa.i18n.DirectionMarks;
import app.masa.i18n.Messages;
import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.session.DocumentSession;
import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Link to…: where a card or stage leads, chosen among the other maps of this file, or another
 * journey file, kept as a path relative to this one so the two can move together. One undo step.
 */
public final class LinkDialog {
    private LinkDialog() {
    }

    public static Dialog<ButtonType> show(Window owner, DocumentSession session, String source) {
        JourneyMap current = session.currentMap();
        ListView<JourneyMap> maps = new ListView<>();
        maps.setId("link-maps");
        session.document().maps().stream().filter(m -> !m.id().equals(current.id())).forEach(maps.getItems()::add);
        maps.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(JourneyMap map, boolean empty) {
                super.updateItem(map, empty);
                setText(empty || map == null ? null : map.title());
            }
        });
        maps.setPrefHeight(Math.max(3, Math.min(8, maps.getItems().size())) * 28 + 4);
        current.linkFrom(source).filter(JourneyLink::inThisFile).flatMap(l -> maps.getItems().stream()
                .filter(m -> m.id().equals(l.map())).findFirst()).ifPresentOrElse(maps.getSelectionModel()::select,
                        () -> maps.getSelectionModel().selectFirst());
        Label none = new Label(Messages.get("link.noOtherMaps"));
        none.setWrapText(true);
        none.getStyleClass().add("panel-hint");
        Button file = new Button(Messages.get("link.anotherFile"));
        file.setId("link-file");
        VBox content = new VBox(8, new Label(Messages.get("link.maps")), maps.getItems().isEmpty() ? none : maps, file);
        content.setPrefWidth(380);

        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "link");
        dialog.setTitle(Messages.get("link.title"));
        dialog.setHeaderText(Messages.get("link.header", DirectionMarks.quoted(LinkNames.thing(current, source), Messages.locale())));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("link-dialog");
        ButtonType link = Dialogs.actionAndCancel(dialog, Messages.get("link.ok"), "link-ok");
        Node ok = dialog.getDialogPane().lookupButton(link);
        ok.disableProperty().bind(maps.getSelectionModel().selectedItemProperty().isNull());
        file.setOnAction(e -> chooseFile(owner, session, source, dialog));
        maps.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && maps.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) ok).fire();
            }
        });
        dialog.setResultConverter(button -> {
            JourneyMap chosen = maps.getSelectionModel().getSelectedItem();
            if (button == link && chosen != null) {
                session.execute(LinkEdits.set(current.id(), JourneyLink.toMap(source, chosen.id())));
            }
            return button;
        });
        dialog.show();
        return dialog;
    }

    private static void chooseFile(Window owner, DocumentSession session, String source, Dialog<ButtonType> dialog) {
        Path here = session.fileProperty().get();
        if (here == null || here.getParent() == null) {
            Dialogs.showError(owner, Messages.get("link.saveFirst"), Messages.get("link.saveFirst.why"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("link.anotherFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("link.files"), "*.journey.json",
                "*.json"));
        chooser.setInitialDirectory(here.getParent().toFile());
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            link(session, source, here, chosen.toPath());
            dialog.close();
        }
    }

    /** Links to a journey file, written relative to the open file's folder with forward slashes. */
    static void link(DocumentSession session, String source, Path here, Path target) {
        String relative = LinkPaths.relative(here, target);
        session.execute(LinkEdits.set(session.currentMap().id(), JourneyLink.toFile(source, relative, null)));
    }
}
