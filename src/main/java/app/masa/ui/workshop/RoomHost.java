package app.masa.ui.workshop;

import app.masa.edit.Refusal;
import app.masa.room.IncomingCard;
import app.masa.room.JoinLink;
import app.masa.room.Participant;
import app.masa.room.RoomLimits;
import app.masa.room.RoomListener;
import app.masa.room.RoomServer;
import app.masa.room.RoomSession;
import app.masa.room.RoomTimer;
import app.masa.ui.session.DocumentSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The room of one designer window, seen from the JavaFX thread: the session and its server while
 * it runs, the waiting cards and the people as lists views can show, and the bridge that sends the
 * map's vote and the time-box to the phones. What the server's threads report is handed over with
 * {@link Platform#runLater}, folded so a burst of cards costs one refresh.
 */
final class RoomHost {
    private final DocumentSession session;
    private final Countdown countdown;
    private final ObservableList<IncomingCard> queue = FXCollections.observableArrayList();
    private final ObservableList<Participant> people = FXCollections.observableArrayList();
    private final IntegerProperty wrongCodes = new SimpleIntegerProperty(this, "wrongCodes");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final BooleanProperty acceptAll = new SimpleBooleanProperty(this, "acceptAll");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final ChangeListener<Object> documentChanged = (o, was, now) -> {
        RoomSession running = this.room;
        if (running != null) {
            running.documentChanged();
        }
    };
    private final ChangeListener<Object> timerChanged = (o, was, now) -> mirrorTimer();
    private final RoomLimits limits;
    private RoomSession room;
    private RoomServer server;
    private FxRoomDocument document;

    RoomHost(DocumentSession session, Countdown countdown) {
        this(session, countdown, RoomLimits.DEFAULTS);
    }

    /** With other limits: a benchmark whose hundred phones all share this computer's address. */
    RoomHost(DocumentSession session, Countdown countdown, RoomLimits limits) {
        this.session = session;
        this.countdown = countdown;
        this.limits = limits;
        acceptAll.addListener((o, was, on) -> {
            if (room != null) {
                room.acceptAll(on);
            }
        });
        paused.addListener((o, was, on) -> {
            if (room != null) {
                room.pause(on);
            }
        });
    }

    /** Starts a room on the map now showing, listening on {@code address} only. */
    void start(String address) throws IOException {
        if (room != null) {
            return;
        }
        document = new FxRoomDocument(session, session.currentMap().id());
        RoomSession started = new RoomSession(document, limits);
        started.addListener(new RoomListener() {
            @Override
            public void queueChanged() {
                refreshSoon();
            }

            @Override
            public void participantsChanged() {
                refreshSoon();
            }

            @Override
            public void wrongCode(String from) {
                Platform.runLater(() -> wrongCodes.set(wrongCodes.get() + 1));
            }

            @Override
            public void ended() {
                Platform.runLater(RoomHost.this::stopped);
            }
        });
        try {
            server = RoomServer.start(started, address, Integer.getInteger("masa.room.port", 0));
        } catch (IOException e) {
            document.detach();
            throw e;
        }
        room = started;
        room.acceptAll(acceptAll.get());
        session.documentProperty().addListener(documentChanged);
        countdown.stateProperty().addListener(timerChanged);
        mirrorTimer();
        wrongCodes.set(0);
        running.set(true);
        refresh();
    }

    /** Ends the session: the port closes at once and the phones are told. */
    void end() {
        if (room != null) {
            room.end();
        }
        stopped();
    }

    private void stopped() {
        if (server != null) {
            server.close();
        }
        if (document != null) {
            document.detach();
        }
        session.documentProperty().removeListener(documentChanged);
        countdown.stateProperty().removeListener(timerChanged);
        server = null;
        room = null;
        document = null;
        queue.clear();
        people.clear();
        running.set(false);
    }

    Optional<Refusal> accept(IncomingCard card, String editedText) {
        Optional<Refusal> refusal = room == null ? Optional.empty() : room.accept(card.id(), editedText);
        refresh();
        return refusal;
    }

    void acceptWaiting() {
        if (room != null) {
            room.acceptWaiting();
            refresh();
        }
    }

    void reject(IncomingCard card) {
        if (room != null) {
            room.reject(card.id());
            refresh();
        }
    }

    void remove(Participant participant) {
        if (room != null) {
            room.remove(participant.id());
            refresh();
        }
    }

    void open(Set<String> stageIds, Set<String> laneIds) {
        if (room != null) {
            room.open(stageIds, laneIds);
        }
    }

    Set<String> openStages() {
        return room == null ? Set.of() : room.openStages();
    }

    Set<String> openLanes() {
        return room == null ? Set.of() : room.openLanes();
    }

    Optional<JoinLink> link() {
        return server == null ? Optional.empty() : Optional.of(server.link());
    }

    ObservableList<IncomingCard> queue() {
        return queue;
    }

    ObservableList<Participant> people() {
        return people;
    }

    ReadOnlyIntegerProperty wrongCodesProperty() {
        return wrongCodes;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    boolean isRunning() {
        return running.get();
    }

    BooleanProperty acceptAllProperty() {
        return acceptAll;
    }

    BooleanProperty pausedProperty() {
        return paused;
    }

    private void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                refreshPending.set(false);
                refresh();
            });
        }
    }

    private void refresh() {
        if (room == null) {
            return;
        }
        queue.setAll(room.queue());
        people.setAll(room.participants());
    }

    /** The phones count down by themselves; they hear of starts, pauses and resets. */
    private void mirrorTimer() {
        if (room == null) {
            return;
        }
        Countdown.State state = countdown.state();
        room.timer(state == Countdown.State.READY ? null
                : new RoomTimer(countdown.duration(), countdown.remaining(), state == Countdown.State.RUNNING,
                        Instant.now()));
    }
}
