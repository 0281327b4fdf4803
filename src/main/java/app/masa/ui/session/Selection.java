package app.masa.ui.session;

import java.util.Collection;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What the user has selected in the current map. The canvas writes it, the inspector and the menus
 * read it. Selecting cards clears a stage, lane or connection selection and the other way round,
 * so the inspector always has one thing to show.
 */
public final class Selection {
    private final ObservableSet<String> cardIds = FXCollections.observableSet();
    private final ObjectProperty<String> stageId = new SimpleObjectProperty<>(this, "stageId");
    private final ObjectProperty<String> laneId = new SimpleObjectProperty<>(this, "laneId");
    private final ObjectProperty<String> connectionId = new SimpleObjectProperty<>(this, "connectionId");
    /** The cell keyboard capture types into; kept alongside a card selection. */
    private final ObjectProperty<CellRef> cell = new SimpleObjectProperty<>(this, "cell");

    public ObservableSet<String> cardIds() {
        return cardIds;
    }

    public ObjectProperty<String> stageIdProperty() {
        return stageId;
    }

    public ObjectProperty<String> laneIdProperty() {
        return laneId;
    }

    public ObjectProperty<String> connectionIdProperty() {
        return connectionId;
    }

    public ObjectProperty<CellRef> cellProperty() {
        return cell;
    }

    public void selectCards(Collection<String> ids) {
        stageId.set(null);
        laneId.set(null);
        connectionId.set(null);
        cardIds.retainAll(ids);
        cardIds.addAll(ids);
    }

    public void selectStage(String id) {
        clear();
        stageId.set(id);
    }

    public void selectLane(String id) {
        clear();
        laneId.set(id);
    }

    public void selectConnection(String id) {
        clear();
        connectionId.set(id);
    }

    public void selectCell(CellRef ref) {
        clear();
        cell.set(ref);
    }

    /** Nothing selected: the inspector shows the map itself. */
    public void clear() {
        cardIds.clear();
        stageId.set(null);
        laneId.set(null);
        connectionId.set(null);
        cell.set(null);
    }

    public boolean isEmpty() {
        return cardIds.isEmpty() && stageId.get() == null && laneId.get() == null && connectionId.get() == null;
    }
}
