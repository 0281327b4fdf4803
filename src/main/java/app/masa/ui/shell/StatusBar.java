package app.masa.ui.shell;

import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip at the bottom: the zoom, how big the map is, what is selected, and a hint for the next step. */
public final class StatusBar {
    private final DocumentSession session;
    private final Label zoom = new Label();
    private final Label counts = new Label();
    private final Label selection = new Label();
    private final Label hint = new Label();
    private final HBox root;

    public StatusBar(DocumentSession session, CanvasCommands canvas, Subscriptions subscriptions) {
        this.session = session;
        counts.setId("status-counts");
        selection.setId("status-selection");
        hint.getStyleClass().add("status-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(16, zoom, counts, selection, spacer, hint);
        root.getStyleClass().add("status-bar");
        subscriptions.always(this::update, session.documentProperty(), session.currentMapIdProperty());
        zoom.setId("status-zoom");
        subscriptions.always(() -> zoom.setText(Messages.get("ui.status.zoom", Math.round(canvas.zoom().get() * 100))),
                canvas.zoom());
        subscriptions.onSetChange(session.selection().cardIds(), (SetChangeListener<String>) c -> update());
    }

    public Node node() {
        return root;
    }

    private void update() {
        JourneyMap map = session.currentMap();
        counts.setText(Messages.get("ui.status.counts", map.stages().size(), map.lanes().size(), map.cards().size()));
        int selected = session.selection().cardIds().size();
        selection.setText(selected == 0 ? "" : Messages.get("ui.status.selected", selected));
        hint.setText(Messages.get(map.cards().isEmpty() ? "ui.status.hint.empty" : "ui.status.hint.edit"));
    }
}
