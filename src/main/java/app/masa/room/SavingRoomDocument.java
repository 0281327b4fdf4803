package app.masa.room;

import app.masa.document.OpenDocument;
import app.masa.edit.Command;
import app.masa.edit.Refusal;
import app.masa.io.JourneyFileException;
import app.masa.model.JourneyMap;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A room's map when no window is open (the {@code masa room} command): the open document lives on
 * one thread of its own, and every change a phone makes is saved to the file at once, atomically,
 * so the file is whole whenever the command stops.
 */
public final class SavingRoomDocument implements RoomDocument, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SavingRoomDocument.class.getName());

    private final OpenDocument document;
    private final String mapId;
    private final ExecutorService owner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "masa-room-document");
        thread.setDaemon(true);
        return thread;
    });
    private volatile JourneyMap map;
    private volatile JourneyFileException lastFailure;

    /** The document's first map is the room's. */
    public SavingRoomDocument(OpenDocument document) {
        this.document = document;
        this.map = document.document().maps().get(0);
        this.mapId = map.id();
    }

    @Override
    public JourneyMap map() {
        return map;
    }

    @Override
    public Optional<Refusal> apply(Command command) {
        Future<Optional<Refusal>> done = owner.submit(() -> {
            Optional<Refusal> refusal = document.apply(command);
            if (refusal.isEmpty()) {
                map = document.document().map(mapId).orElse(map);
                try {
                    document.save();
                    lastFailure = null;
                } catch (JourneyFileException e) {
                    // Kept in memory and tried again with the next change; the command says so.
                    lastFailure = e;
                    LOG.log(System.Logger.Level.WARNING, () -> "Could not save the room's map", e);
                }
            }
            return refusal;
        });
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Refusal.of("room.error.unexpected"));
        } catch (ExecutionException e) {
            throw new IllegalStateException("applying a room's change failed", e.getCause());
        }
    }

    /** The last save that failed, if the newest change is not on disk. */
    public Optional<JourneyFileException> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    @Override
    public void close() {
        owner.shutdown();
    }
}
