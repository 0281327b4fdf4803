package app.masa.ui.shell;

import app.masa.ui.common.Subscriptions;

import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.recovery.AutosaveProblem;
import app.masa.ui.session.DocumentSession;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The strip at the bottom: the zoom, how big the map is, what is selected, and a hint for the next
 * step; in place of the hint, a warning while the unsaved changes cannot be kept safe.
 */
public final class StatusBar {
    private final DocumentSession session;
    private final Label zoom = new Label();
    private final Label counts = new Label();
    private final Label selection = new Label();
    private final Label hint = new Label();
    private final Label autosave = new Label();
    private final HBox root;

    public StatusBar(DocumentSession session, CanvasCommands canvas, ObservableValue<AutosaveProblem> autosaveProblem,
                     Subscriptions subscriptions) {
        this.session = session;
        counts.setId("status-counts");
        selection.setId("status-selection");
        hint.getStyleClass().add("status-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        autosave.setId("status-autosave");
        autosave.getStyleClass().add("status-warning");
        autosave.setGraphic(new FontIcon(MaterialDesignA.ALERT));
        // In a narrow window the warning shortens itself (its tooltip has it whole); the figures stay whole.
        autosave.setMinWidth(0);
        for (Label figure : new Label[] {zoom, counts, selection}) {
            figure.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(autosave, Priority.SOMETIMES);
        root = new HBox(16, zoom, counts, selection, spacer, hint, autosave);
        root.getStyleClass().add("status-bar");
        subscriptions.always(this::update, session.documentProperty(), session.currentMapIdProperty());
        zoom.setId("status-zoom");
        subscriptions.always(() -> zoom.setText(Messages.get("ui.status.zoom", Math.round(canvas.zoom().get() * 100))),
                canvas.zoom());
        subscriptions.onSetChange(session.selection().cardIds(), (SetChangeListener<String>) c -> update());
        subscriptions.always(() -> showAutosave(autosaveProblem.getValue()), autosaveProblem);
    }

    public Node node() {
        return root;
    }

    private void showAutosave(AutosaveProblem problem) {
        String text = problem == null ? "" : problem.sentence();
        autosave.setText(text);
        autosave.setTooltip(problem == null ? null : new Tooltip(text));
        autosave.setVisible(problem != null);
        autosave.setManaged(problem != null);
        hint.setVisible(problem == null);
        hint.setManaged(problem == null);
    }

    private void update() {
        JourneyMap map = session.currentMap();
        counts.setText(Messages.get("ui.status.counts", map.stages().size(), map.lanes().size(), map.cards().size()));
        int selected = session.selection().cardIds().size();
        selection.setText(selected == 0 ? "" : Messages.get("ui.status.selected", selected));
        hint.setText(Messages.get(map.cards().isEmpty() ? "ui.status.hint.empty" : "ui.status.hint.edit"));
    }
}
