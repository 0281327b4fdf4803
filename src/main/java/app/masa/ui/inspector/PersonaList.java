package app.masa.ui.inspector;

import app.masa.edit.Additions;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.model.Persona;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.dialog.TextPrompt;
import app.masa.ui.persona.PersonaEditor;
import app.masa.ui.session.DocumentSession;
import app.masa.edit.Command;
import app.masa.edit.Edits;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The map's personas: a short list with add, rename and remove. */
final class PersonaList {
    private final DocumentSession session;
    private final String mapId;
    private final ListView<Persona> list = new ListView<>();
    private final VBox box;

    PersonaList(DocumentSession session, String mapId) {
        this.session = session;
        this.mapId = mapId;
        list.setId("inspector-personas");
        list.setPrefHeight(110);
        list.setPlaceholder(new javafx.scene.control.Label(Messages.get("inspector.personas.none")));
        list.setCellFactory(v -> new ListCell<>() {
            {
                // A cell asks for no width of its own: the list never scrolls sideways (a long name
                // ends in an ellipsis, whole in its tooltip). Right to left, it otherwise always did.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Persona p, boolean empty) {
                super.updateItem(p, empty);
                String text = empty || p == null ? null
                        : p.role().isBlank() ? p.name() : Messages.get("inspector.personas.item", p.name(), p.role());
                setText(text);
                setTooltip(text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                rename();
            }
        });
        Button add = button(MaterialDesignA.ACCOUNT_PLUS_OUTLINE, "inspector.personas.add", this::add);
        Button rename = button(MaterialDesignP.PENCIL_OUTLINE, "persona.edit", this::rename);
        Button remove = button(MaterialDesignA.ACCOUNT_REMOVE_OUTLINE, "inspector.personas.remove", this::remove);
        rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        box = new VBox(4, list, new HBox(4, add, rename, remove));
        refresh();
    }

    Node node() {
        return box;
    }

    void refresh() {
        List<Persona> personas = map().personas();
        if (!list.getItems().equals(personas)) {
            int selected = list.getSelectionModel().getSelectedIndex();
            list.getItems().setAll(personas);
            list.getSelectionModel().select(Math.min(selected, personas.size() - 1));
        }
    }

    private void add() {
        TextPrompt.ask(window(), Messages.get("inspector.personas.add"), Messages.get("inspector.personas.name"), "")
                .ifPresent(name -> apply(Additions.persona(map(), name).command()));
    }

    private void rename() {
        Persona persona = list.getSelectionModel().getSelectedItem();
        if (persona == null) {
            return;
        }
        // The whole persona (photo, quote, goals, channels…) is edited in one dialog, one undo step.
        map().personas().stream().filter(p -> p.id().equals(persona.id())).findFirst()
                .ifPresent(current -> PersonaEditor.edit(window(), current)
                        .ifPresent(edited -> apply(Edits.changePersona(mapId, current, edited))));
    }

    private void remove() {
        Persona persona = list.getSelectionModel().getSelectedItem();
        if (persona != null && Dialogs.confirm(window(), Messages.get("inspector.personas.removeQuestion", persona.name()),
                Messages.get("dialog.undoable"))) {
            apply(Edits.deletePersona(mapId, persona.id()));
        }
    }

    private void apply(Command command) {
        session.execute(command);
        session.seal();
    }

    private JourneyMap map() {
        return session.document().map(mapId).orElseThrow();
    }

    private Window window() {
        return box.getScene() == null ? null : box.getScene().getWindow();
    }

    private static Button button(Ikon icon, String key, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "button-icon");
        button.setTooltip(new Tooltip(Messages.get(key)));
        button.setOnAction(e -> action.run());
        return button;
    }
}
