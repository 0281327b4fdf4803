package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import app.masa.room.IncomingCard;
import app.masa.room.JoinLink;
import app.masa.room.Participant;
import app.masa.room.RoomSession;
import app.masa.ui.dialog.TextPrompt;
import app.masa.ui.session.DocumentSession;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The facilitator's side of a room: the QR code, address and code to show the room, who joined,
 * the cards waiting to go on the map (accept, edit then accept, reject; Enter and Delete), what is
 * open for cards, pausing, accepting everything, and ending the session.
 */
final class RoomPanel {
    private static final double QR_SIDE = 168;

    private final RoomHost host;
    private final DocumentSession session;
    private final ListView<IncomingCard> waiting = new ListView<>();
    private final Label message = new Label();

    RoomPanel(RoomHost host, DocumentSession session) {
        this.host = host;
        this.session = session;
    }

    Parent build() {
        JoinLink link = host.link().orElseThrow();
        QrCodeView qr = new QrCodeView(link.qrModules(), QR_SIDE);
        qr.setId("room-qr");
        TextField address = new TextField(link.address());
        address.setEditable(false);
        address.setId("room-address");
        address.getStyleClass().add("room-address");
        address.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        Label code = new Label(link.code().toString());
        code.setId("room-code");
        code.getStyleClass().add("room-code");
        Label codeCaption = caption("workshop.room.code");
        Label joined = new Label();
        joined.setId("room-joined");
        joined.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("workshop.room.joined", host.people().size()), host.people()));
        Label wrong = new Label();
        wrong.setId("room-wrong-codes");
        wrong.getStyleClass().add("panel-hint");
        wrong.textProperty().bind(Bindings.createStringBinding(
                () -> host.wrongCodesProperty().get() == 0 ? ""
                        : Messages.get("workshop.room.wrongCodes", host.wrongCodesProperty().get()),
                host.wrongCodesProperty()));
        VBox about = new VBox(6, caption("workshop.room.address"), address, codeCaption, code, joined, wrong);
        about.setMinWidth(200);
        HBox.setHgrow(about, Priority.ALWAYS);
        HBox top = new HBox(16, qr, about);
        top.setAlignment(Pos.TOP_LEFT);

        CheckBox acceptAll = new CheckBox(Messages.get("workshop.room.acceptAll"));
        acceptAll.setId("room-accept-all");
        acceptAll.selectedProperty().bindBidirectional(host.acceptAllProperty());
        acceptAll.setTooltip(new Tooltip(Messages.get("workshop.room.acceptAll.tip")));
        CheckBox pause = new CheckBox(Messages.get("workshop.room.pause"));
        pause.setId("room-pause");
        pause.selectedProperty().bindBidirectional(host.pausedProperty());
        MenuButton openFor = openFor();
        HBox controls = new HBox(12, acceptAll, pause, openFor);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label waitingHeading = new Label();
        waitingHeading.getStyleClass().add("panel-heading");
        waitingHeading.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("workshop.room.waiting", host.queue().size()), host.queue()));
        waiting.setId("room-queue");
        waiting.setItems(host.queue());
        waiting.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        waiting.setPlaceholder(new Label(Messages.get("workshop.room.noneWaiting")));
        waiting.setCellFactory(list -> new WaitingCell(session));
        waiting.setPrefHeight(220);
        waiting.setOnKeyPressed(e -> {
            IncomingCard card = waiting.getSelectionModel().getSelectedItem();
            if (card == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                accept(card, null);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                host.reject(card);
                e.consume();
            }
        });
        waiting.setContextMenu(contextMenu());
        VBox.setVgrow(waiting, Priority.ALWAYS);

        Button accept = button("workshop.room.accept", "room-accept", () -> selected(card -> accept(card, null)));
        Button edit = button("workshop.room.editAccept", "room-edit-accept", () -> selected(this::editThenAccept));
        Button reject = button("workshop.room.reject", "room-reject", () -> selected(host::reject));
        for (Button b : new Button[] {accept, edit, reject}) {
            b.disableProperty().bind(waiting.getSelectionModel().selectedItemProperty().isNull());
        }
        Button everything = button("workshop.room.acceptWaiting", "room-accept-waiting", host::acceptWaiting);
        everything.disableProperty().bind(Bindings.isEmpty(host.queue()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox queueButtons = new HBox(8, accept, edit, reject, spring, everything);

        ListView<Participant> people = new ListView<>(host.people());
        people.setId("room-people");
        people.setPrefHeight(96);
        people.setPlaceholder(new Label(Messages.get("workshop.room.nobody")));
        people.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Participant p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name().isEmpty() ? Messages.get("workshop.room.anonymous") : p.name());
            }
        });
        Button remove = button("workshop.room.remove", "room-remove", () -> {
            Participant p = people.getSelectionModel().getSelectedItem();
            if (p != null) {
                host.remove(p);
            }
        });
        remove.disableProperty().bind(people.getSelectionModel().selectedItemProperty().isNull());
        Label peopleHeading = new Label(Messages.get("workshop.room.people"));
        peopleHeading.getStyleClass().add("panel-heading");

        Button end = button("workshop.room.end", "room-end", host::end);
        end.getStyleClass().add("danger");
        message.setId("room-message");
        message.setWrapText(true);
        message.getStyleClass().add("panel-hint");
        HBox bottom = new HBox(8, message, end);
        HBox.setHgrow(message, Priority.ALWAYS);
        bottom.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, top, controls, waitingHeading, waiting, queueButtons, peopleHeading, people,
                remove, bottom);
        root.setId("room-panel");
        root.setPadding(new Insets(0));
        root.setPrefWidth(460);
        return root;
    }

    private void selected(Consumer<IncomingCard> action) {
        IncomingCard card = waiting.getSelectionModel().getSelectedItem();
        if (card != null) {
            action.accept(card);
        }
    }

    private void accept(IncomingCard card, String edited) {
        host.accept(card, edited).ifPresentOrElse(refusal -> message.setText(refusal.message()),
                () -> message.setText(""));
    }

    private void editThenAccept(IncomingCard card) {
        TextPrompt.ask(waiting.getScene().getWindow(), Messages.get("workshop.room.editAccept"),
                Messages.get("workshop.room.cardText"), card.text())
                .ifPresent(text -> accept(card, text));
    }

    private ContextMenu contextMenu() {
        MenuItem accept = new MenuItem(Messages.get("workshop.room.accept"));
        accept.setOnAction(e -> selected(card -> accept(card, null)));
        MenuItem edit = new MenuItem(Messages.get("workshop.room.editAccept"));
        edit.setOnAction(e -> selected(this::editThenAccept));
        MenuItem reject = new MenuItem(Messages.get("workshop.room.reject"));
        reject.setOnAction(e -> selected(host::reject));
        return new ContextMenu(accept, edit, reject);
    }

    /** Which stages and card lanes take cards from phones; none ticked means all. */
    private MenuButton openFor() {
        MenuButton button = new MenuButton(Messages.get("workshop.room.openFor"));
        button.setId("room-open-for");
        button.setTooltip(new Tooltip(Messages.get("workshop.room.openFor.tip")));
        button.setOnShowing(e -> {
            JourneyMap map = session.currentMap();
            Set<String> stages = new HashSet<>(host.openStages());
            Set<String> lanes = new HashSet<>(host.openLanes());
            button.getItems().clear();
            for (Stage stage : map.stages()) {
                button.getItems().add(check(stage.name(), stages.isEmpty() || stages.contains(stage.id()), on ->
                        toggle(stages, map.stages().stream().map(Stage::id).toList(), stage.id(), on, lanes)));
            }
            button.getItems().add(new SeparatorMenuItem());
            for (Lane lane : RoomSession.cardLanes(map)) {
                button.getItems().add(check(lane.title(), lanes.isEmpty() || lanes.contains(lane.id()), on -> {
                    toggle(lanes, RoomSession.cardLanes(map).stream().map(Lane::id).toList(), lane.id(), on, null);
                    host.open(stages, lanes);
                }));
            }
        });
        return button;
    }

    private void toggle(Set<String> chosen, java.util.List<String> all, String id, boolean on, Set<String> lanes) {
        if (chosen.isEmpty()) {
            chosen.addAll(all);
        }
        if (on) {
            chosen.add(id);
        } else {
            chosen.remove(id);
        }
        if (chosen.containsAll(all)) {
            chosen.clear();
        }
        if (lanes != null) {
            host.open(chosen, lanes);
        }
    }

    private static CheckMenuItem check(String text, boolean selected, Consumer<Boolean> changed) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setSelected(selected);
        item.selectedProperty().addListener((o, was, now) -> changed.accept(now));
        return item;
    }

    private static Label caption(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Button button(String key, String id, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A waiting card: its text, and who sent it to which stage and lane. */
    private static final class WaitingCell extends ListCell<IncomingCard> {
        private final DocumentSession session;

        WaitingCell(DocumentSession session) {
            this.session = session;
        }

        @Override
        protected void updateItem(IncomingCard card, boolean empty) {
            super.updateItem(card, empty);
            if (empty || card == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            JourneyMap map = session.currentMap();
            String stage = map.stage(card.stageId()).map(Stage::name).orElse("");
            String lane = map.lanes().stream().filter(l -> l.id().equals(card.laneId())).map(Lane::title)
                    .findFirst().orElse("");
            String sender = card.sender().isEmpty() ? Messages.get("workshop.room.anonymous") : card.sender();
            Label text = new Label(card.text());
            text.setWrapText(true);
            text.getStyleClass().add("room-card-text");
            Label where = new Label(Messages.get("workshop.room.from", sender, stage, lane));
            where.getStyleClass().add("panel-hint");
            VBox box = new VBox(2, text, where);
            box.setMaxWidth(400);
            setText(null);
            setGraphic(box);
        }
    }
}
