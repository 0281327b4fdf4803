package app.masa.bench;

import app.masa.io.JourneyCodec;
import app.masa.io.JourneyEncoder;
import app.masa.io.JourneyFiles;
import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves as a person makes them in the designer: a map is opened (its encoder prepared in the
 * background, as the designer does), then one card is retitled before each save. The baseline
 * writes exactly the bytes of the same state to a file and forces them to disk. Call
 * {@link #writePlain} and then {@link #save} for each state: the pair compares like with like.
 */
final class DesignerSaves {
    private final List<JourneyFile> states = new ArrayList<>();
    private final List<byte[]> bytes = new ArrayList<>();
    private final JourneyEncoder encoder = new JourneyEncoder();
    private int next;

    DesignerSaves(JourneyFile opened, int saves) {
        encoder.prepare(opened);
        JourneyFile state = opened;
        for (int i = 0; i < saves; i++) {
            JourneyMap map = state.maps().get(0);
            List<Card> cards = new ArrayList<>(map.cards());
            int edited = (int) ((i * 7_919L) % cards.size());
            cards.set(edited, cards.get(edited).withTitle("Edited before save " + i));
            state = JourneyFile.of(map.withCards(cards));
            states.add(state);
            bytes.add(JourneyCodec.write(state));
        }
    }

    /** The baseline for the next state: its bytes written into an existing file and forced to disk. */
    void writePlain(Path file) throws Exception {
        writeAndForce(file, bytes.get(next));
    }

    /** Saves the next state through the designer's path, then moves on to the state after it. */
    void save(Path file) throws Exception {
        JourneyFiles.save(file, states.get(next++), encoder);
    }

    static void writeAndForce(Path file, byte[] content) throws Exception {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }
}
