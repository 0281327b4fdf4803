package app.masa.io;

import app.masa.model.JourneyFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Encodes one open document each time it is saved, keeping the cards' JSON from one save to the
 * next. Cards are immutable, so a card that is still the same object still has the same bytes; an
 * edit makes a new card, which is encoded afresh, and runs of unchanged cards are copied as blocks. After a few edits, saving a map of thousands of
 * cards then costs little more than writing its bytes to disk. The bytes are exactly those of
 * {@link JourneyCodec#write}. One per open document; it holds the cards of its last save only.
 */
public final class JourneyEncoder {
    /** Each map's cards as the last save wrote them, by the map's id. */
    private Map<String, CardSection> kept = Map.of();

    /** Encodes every card ahead of the first save, for instance while a map that was just opened is shown. */
    public synchronized void prepare(JourneyFile file) {
        try {
            write(file, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to nowhere cannot fail", e);
        }
    }

    synchronized void write(JourneyFile file, OutputStream out) throws IOException {
        Map<String, CardSection> previous = kept;
        Map<String, CardSection> next = new HashMap<>();
        JourneyWriter.write(file, out, (map, separator, encode, stream) -> {
            CardSection section = previous.getOrDefault(map.id(), CardSection.EMPTY)
                    .next(map.cards(), separator, encode);
            next.put(map.id(), section);
            section.writeTo(stream);
        });
        kept = next;
    }
}
