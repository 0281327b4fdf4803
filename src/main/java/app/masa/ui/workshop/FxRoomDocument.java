package app.masa.ui.workshop;

import app.masa.edit.Command;
import app.masa.edit.Refusal;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.room.RoomDocument;
import app.masa.ui.session.DocumentSession;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;

/**
 * The map a room works on in the designer: read from a snapshot any thread may take, changed only
 * on the JavaFX thread through the window's session, so a phone's card is one more undo step like
 * any other.
 */
final class FxRoomDocument implements RoomDocument {
    private static final long WAIT_SECONDS = 10;

    private final DocumentSession session;
    private final String mapId;
    private final ChangeListener<JourneyFile> follow;
    private volatile JourneyMap map;

    FxRoomDocument(DocumentSession session, String mapId) {
        this.session = session;
        this.mapId = mapId;
        this.map = session.document().map(mapId).orElse(session.currentMap());
        this.follow = (o, was, now) -> map = now.map(mapId).orElse(map);
        session.documentProperty().addListener(follow);
    }

    @Override
    public JourneyMap map() {
        return map;
    }

    @Override
    public Optional<Refusal> apply(Command command) {
        if (Platform.isFxApplicationThread()) {
            return run(command);
        }
        CompletableFuture<Optional<Refusal>> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(run(command)));
        try {
            return done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Refusal.of("room.error.unexpected"));
        } catch (ExecutionException | TimeoutException e) {
            return Optional.of(Refusal.of("room.error.unexpected"));
        }
    }

    /** The window stops following the document: the room has ended. */
    void detach() {
        session.documentProperty().removeListener(follow);
    }

    private Optional<Refusal> run(Command command) {
        Optional<Refusal> refusal = session.execute(command);
        session.seal();
        return refusal;
    }
}
