package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.sample.MapGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyEncoderTest {
    @TempDir
    Path folder;

    @Test
    void aDocumentEditedBetweenSavesIsWrittenExactlyAsTheCodecWritesIt() throws Exception {
        JourneyEncoder encoder = new JourneyEncoder();
        JourneyFile document = MapGenerator.generate(3, 5, 4, 120);
        Random random = new Random(11);

        for (int step = 0; step < 300; step++) {
            document = JourneyFile.of(edit(document.maps().get(0), random, step));
            assertThat(encoded(encoder, document)).as("after edit %d", step).isEqualTo(JourneyCodec.write(document));
        }
    }

    @Test
    void cardsReorderedAllAtOnceAreFoundAgain() throws Exception {
        JourneyEncoder encoder = new JourneyEncoder();
        JourneyFile document = MapGenerator.generate(4, 6, 5, 400);
        encoder.prepare(document);
        List<Card> reversed = new ArrayList<>(document.maps().get(0).cards());
        java.util.Collections.reverse(reversed);
        JourneyFile turned = JourneyFile.of(document.maps().get(0).withCards(reversed));

        assertThat(encoded(encoder, turned)).isEqualTo(JourneyCodec.write(turned));
        assertThat(encoded(encoder, document)).isEqualTo(JourneyCodec.write(document));
    }

    @Test
    void cardsWithEveryKindOfFieldAreKeptByteForByte() throws Exception {
        JourneyEncoder encoder = new JourneyEncoder();
        JourneyFile rich = RichMaps.rich();
        encoder.prepare(rich);

        assertThat(encoded(encoder, rich)).isEqualTo(JourneyCodec.write(rich));
        JourneyMap retitled = rich.maps().get(0).withTitle("שם חדש (new)");
        assertThat(encoded(encoder, JourneyFile.of(retitled))).isEqualTo(JourneyCodec.write(JourneyFile.of(retitled)));
    }

    @Test
    void theSameEncoderServesEverySaveOfTheDocument() throws Exception {
        Path target = folder.resolve("map.journey.json");
        JourneyEncoder encoder = new JourneyEncoder();
        JourneyFile first = MapGenerator.generate(5, 6, 5, 300);
        JourneyFile second = JourneyFile.of(edit(first.maps().get(0), new Random(2), 0));

        JourneyFiles.save(target, first, encoder);
        JourneyFiles.save(target, second, encoder);

        assertThat(Files.readAllBytes(target)).isEqualTo(JourneyCodec.write(second));
        assertThat(Files.readAllBytes(AtomicFileWriter.backupOf(target))).isEqualTo(JourneyCodec.write(first));
    }

    private static byte[] encoded(JourneyEncoder encoder, JourneyFile document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.write(document, out);
        return out.toByteArray();
    }

    /** One edit of the kinds a person makes: retitle, reorder, add, delete or move a card, or rename the map. */
    private static JourneyMap edit(JourneyMap map, Random random, int step) {
        List<Card> cards = new ArrayList<>(map.cards());
        int i = random.nextInt(cards.size());
        Card card = cards.get(i);
        switch (random.nextInt(7)) {
            case 0 -> cards.set(i, card.withTitle("כרטיס " + step + " (step " + step + ")"));
            case 1 -> cards.set(i, card.withOrder(card.order() + 1));
            case 2 -> cards.add(random.nextInt(cards.size() + 1), Card.of("added-" + step, card.stageId(), card.laneId(), 99, CardType.values()[step % CardType.values().length], "new \"quoted\" ✓"));
            case 3 -> {
                if (cards.size() > 1) {
                    cards.remove(i);
                }
            }
            case 4 -> {
                int other = random.nextInt(cards.size());
                cards.set(i, cards.get(other));
                cards.set(other, card);
            }
            case 5 -> cards.add(cards.remove(i));
            default -> {
                return map.withTitle("map " + step);
            }
        }
        return map.withCards(cards);
    }
}
