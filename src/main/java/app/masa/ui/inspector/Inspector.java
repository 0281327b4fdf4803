package app.masa.ui.inspector;

import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.session.Selection;
import app.masa.ui.common.Subscriptions;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * The side panel that shows and edits what is selected: a card, a stage, a lane, an arrow, or,
 * with nothing selected, the map itself. It rebuilds its form only when the selected thing
 * changes, and otherwise refreshes values in place so typing is never interrupted.
 */
public final class Inspector {
    private final DocumentSession session;
    private final ScrollPane scroll = new ScrollPane();
    private InspectorSection section;
    private String shownKey;

    public Inspector(DocumentSession session, Subscriptions subscriptions) {
        this(session, subscriptions, false);
    }

    private Inspector(DocumentSession session, Subscriptions subscriptions, boolean firstFormLater) {
        this.session = session;
        scroll.setId("inspector");
        scroll.getStyleClass().add("inspector");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Selection selection = session.selection();
        Observable[] shown = {session.documentProperty(), session.currentMapIdProperty(),
            selection.stageIdProperty(), selection.laneIdProperty(), selection.connectionIdProperty()};
        if (firstFormLater) {
            subscriptions.whenever(this::update, shown);
            Platform.runLater(() -> {
                if (section == null) {
                    update();
                }
            });
        } else {
            subscriptions.always(this::update, shown);
        }
        subscriptions.onSetChange(selection.cardIds(), (SetChangeListener<String>) change -> update());
    }

    /**
     * An inspector whose first form is built just after the window first shows. With nothing
     * selected it shows the map's own fields, whose many controls take about as long to style as
     * the rest of the window together; the map is what a person looks at first, and the form
     * follows a moment later. Every later form is built at once.
     */
    public static Inspector withFirstFormAfterShowing(DocumentSession session, Subscriptions subscriptions) {
        return new Inspector(session, subscriptions, true);
    }

    public Node node() {
        return scroll;
    }

    private void update() {
        JourneyMap map = session.currentMap();
        String key = targetKey(map);
        if (key.equals(shownKey) && section != null && section.isShowing(map)) {
            section.refresh();
            return;
        }
        shownKey = key;
        section = create(map);
        scroll.setContent(section.node());
    }

    /** Names what should be shown, so a change of selection is told apart from an edit. */
    private String targetKey(JourneyMap map) {
        Selection s = session.selection();
        String prefix = map.id() + "/";
        if (s.connectionIdProperty().get() != null && map.connection(s.connectionIdProperty().get()).isPresent()) {
            return prefix + "connection/" + s.connectionIdProperty().get();
        }
        if (s.stageIdProperty().get() != null && map.stage(s.stageIdProperty().get()).isPresent()) {
            return prefix + "stage/" + s.stageIdProperty().get();
        }
        if (s.laneIdProperty().get() != null && map.lane(s.laneIdProperty().get()).isPresent()) {
            return prefix + "lane/" + s.laneIdProperty().get();
        }
        long cards = s.cardIds().stream().filter(id -> map.card(id).isPresent()).count();
        if (cards == 1) {
            return prefix + "card/" + s.cardIds().stream().filter(id -> map.card(id).isPresent()).findFirst().orElseThrow();
        }
        return cards > 1 ? prefix + "cards/" + cards : prefix + "map";
    }

    private InspectorSection create(JourneyMap map) {
        String[] parts = shownKey.split("/", 3);
        String kind = parts[1];
        String id = parts.length > 2 ? parts[2] : null;
        return switch (kind) {
            case "connection" -> new ConnectionSection(session, map.id(), id);
            case "stage" -> new StageSection(session, map.id(), id);
            case "lane" -> new LaneSection(session, map.id(), id);
            case "card" -> new CardSection(session, map.id(), id);
            case "cards" -> new ManyCardsSection(session, map.id(), Messages.get("inspector.cards.many", Integer.parseInt(id)));
            default -> new MapSection(session, map.id());
        };
    }
}
