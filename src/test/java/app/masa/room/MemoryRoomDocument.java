package app.masa.room;

import app.masa.document.OpenDocument;
import app.masa.edit.Command;
import app.masa.edit.Refusal;
import app.masa.io.TemplateCatalog;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.Optional;

/** A room's map held in memory: one open document, changed one command at a time. */
public final class MemoryRoomDocument implements RoomDocument {
    private final OpenDocument document;

    public MemoryRoomDocument(JourneyFile file) {
        this.document = new OpenDocument(file, null);
    }

    /** The built-in funnel template in English or Hebrew: five stages, card lanes of every kind. */
    public static MemoryRoomDocument funnel(String language) {
        try {
            return new MemoryRoomDocument(TemplateCatalog.builtIn().create("funnel", language));
        } catch (app.masa.io.JourneyFileException e) {
            throw new IllegalStateException("the built-in templates always load", e);
        }
    }

    @Override
    public synchronized JourneyMap map() {
        return document.document().maps().get(0);
    }

    @Override
    public synchronized Optional<Refusal> apply(Command command) {
        return document.apply(command);
    }

    synchronized OpenDocument document() {
        return document;
    }
}
