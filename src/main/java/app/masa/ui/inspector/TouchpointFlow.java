package app.masa.ui.inspector;

import app.masa.edit.Additions;
import app.masa.edit.Command;
import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Connection;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Where the customer comes from and where they go next: the card's incoming and outgoing arrows,
 * each removable, with pickers to add more, and one pick that draws the loop back to the first
 * stage (advocacy, referral, the next purchase).
 */
final class TouchpointFlow {
    private final DocumentSession session;
    private final String mapId;
    private final String cardId;
    private final VBox box = new VBox(4);
    private final VBox incoming = new VBox(2);
    private final VBox outgoing = new VBox(2);
    private final ComboBox<Card> addFrom;
    private final ComboBox<Card> addTo;
    private final ComboBox<Card> loop;
    private final Label loopLabel = label("touchpoint.loop");
    private List<String> shown = List.of();

    TouchpointFlow(DocumentSession session, String mapId, String cardId) {
        this.session = session;
        this.mapId = mapId;
        this.cardId = cardId;
        addFrom = picker("inspector-touchpoint-add-from", "touchpoint.from.add",
                other -> Additions.connection(map(), other.id(), cardId).command());
        addTo = picker("inspector-touchpoint-add-to", "touchpoint.to.add",
                other -> Additions.connection(map(), cardId, other.id()).command());
        loop = picker("inspector-touchpoint-loop", "touchpoint.loop.prompt",
                first -> Additions.connection(map(), cardId, first.id()).command());
        box.getChildren().addAll(label("touchpoint.from"), incoming, addFrom, label("touchpoint.to"), outgoing, addTo,
                loopLabel, loop);
        refresh();
    }

    Node node() {
        return box;
    }

    void refresh() {
        JourneyMap map = map();
        if (map.card(cardId).isEmpty()) {
            return;
        }
        List<String> signature = new ArrayList<>();
        map.connections().stream().filter(c -> c.touches(cardId))
                .forEach(c -> signature.add(c.id() + c.fromCardId() + c.toCardId()));
        map.cards().forEach(c -> signature.add(c.id() + "\u0000" + c.title() + c.stageId()));
        if (signature.equals(shown)) {
            return;
        }
        shown = signature;
        rows(incoming, map, c -> c.toCardId().equals(cardId), Connection::fromCardId);
        rows(outgoing, map, c -> c.fromCardId().equals(cardId), Connection::toCardId);
        List<Card> others = map.cards().stream().filter(c -> !c.id().equals(cardId))
                .sorted(journeyOrder(map)).toList();
        addFrom.getItems().setAll(others);
        addTo.getItems().setAll(others);
        String firstStage = map.stages().isEmpty() ? null : map.stages().get(0).id();
        Card self = map.card(cardId).orElseThrow();
        List<Card> firstCards = others.stream().filter(c -> c.stageId().equals(firstStage))
                .filter(c -> map.connections().stream().noneMatch(k -> k.fromCardId().equals(cardId)
                        && k.toCardId().equals(c.id())))
                .sorted(Comparator.comparing((Card c) -> c.type() != CardType.TOUCHPOINT)).toList();
        loop.getItems().setAll(firstCards);
        boolean canLoop = !Objects.equals(self.stageId(), firstStage) && !firstCards.isEmpty();
        for (Node n : List.of(loopLabel, loop)) {
            n.setVisible(canLoop);
            n.setManaged(canLoop);
        }
    }

    private void rows(VBox into, JourneyMap map, java.util.function.Predicate<Connection> which,
                      Function<Connection, String> otherEnd) {
        into.getChildren().clear();
        List<Connection> connections = map.connections().stream().filter(which).toList();
        if (connections.isEmpty()) {
            Label none = new Label(Messages.get("touchpoint.flow.none"));
            none.getStyleClass().add("panel-hint");
            into.getChildren().add(none);
            return;
        }
        for (Connection c : connections) {
            String title = map.card(otherEnd.apply(c)).map(TouchpointFlow::title).orElse("");
            Label name = new Label(c.label().isBlank() ? title : Messages.get("touchpoint.flow.labelled", title, c.label()));
            name.setWrapText(true);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            remove.setId("inspector-touchpoint-remove-" + c.id());
            remove.getStyleClass().addAll("flat", "button-icon");
            remove.setTooltip(new Tooltip(Messages.get("touchpoint.flow.remove")));
            remove.setOnAction(e -> apply(Edits.deleteConnections(mapId, List.of(c.id()))));
            into.getChildren().add(new HBox(4, name, remove));
        }
    }

    /** A drop-down of cards that adds an arrow when one is picked, then empties itself again. */
    private ComboBox<Card> picker(String id, String promptKey, Function<Card, Command> connect) {
        ComboBox<Card> picker = Choices.of(id, List.of(), c -> c == null ? "" : title(c));
        picker.setPromptText(Messages.get(promptKey));
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.valueProperty().addListener((o, old, picked) -> {
            if (picked != null) {
                apply(connect.apply(picked));
                javafx.application.Platform.runLater(() -> picker.setValue(null));
            }
        });
        // The button cell shows the prompt while nothing is picked.
        picker.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Card item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? picker.getPromptText() : title(item));
            }
        });
        return picker;
    }

    private static String title(Card c) {
        return c.title().isBlank() ? Messages.get("touchpoint.flow.untitled") : c.title();
    }

    private static Comparator<Card> journeyOrder(JourneyMap map) {
        return Comparator.<Card>comparingInt(c -> map.stageIndex(c.stageId()))
                .thenComparingInt(c -> map.laneIndex(c.laneId())).thenComparingInt(Card::order);
    }

    private void apply(Command command) {
        session.execute(command);
        session.seal();
    }

    private JourneyMap map() {
        return session.document().map(mapId).orElseThrow();
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }
}
