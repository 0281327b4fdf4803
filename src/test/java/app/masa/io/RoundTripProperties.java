package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Card;
import app.masa.model.ConflictKind;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.MergeConflict;
import app.masa.model.Stage;
import app.masa.model.sample.MapGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RoundTripProperties {

    @Property(tries = 60)
    void anyGeneratedDocumentReadsBackEqualAndWritesBackIdentical(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 9) int stages, @ForAll @IntRange(min = 2, max = 7) int lanes,
            @ForAll @IntRange(min = 0, max = 120) int cards) throws Exception {
        JourneyFile document = MapGenerator.generate(seed, stages, lanes, cards);
        byte[] bytes = JourneyCodec.write(document);

        JourneyFile read = JourneyCodec.read(bytes, "generated");

        assertThat(read).isEqualTo(document);
        assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
    }

    @Property(tries = 30)
    void mergeConflictsOnAnyCardsReadBackEqualAndWriteBackIdentical(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int cards) throws Exception {
        JourneyMap map = MapGenerator.generate(seed, 3, 4, cards).maps().get(0);
        Random random = new Random(seed);
        List<MergeConflict> conflicts = new ArrayList<>();
        for (Card card : map.cards()) {
            if (random.nextInt(3) == 0) {
                Stage elsewhere = map.stages().get(random.nextInt(map.stages().size()));
                Card other = random.nextBoolean() ? null
                        : card.withTitle(card.title() + " (theirs)").withPlace(elsewhere.id(), card.laneId(), 2);
                conflicts.add(new MergeConflict(ConflictKind.CARD, card.id(), List.of("title", "stage"), other));
            }
        }
        JourneyFile document = JourneyFile.of(map.withConflicts(conflicts));
        byte[] bytes = JourneyCodec.write(document);

        JourneyFile read = JourneyCodec.read(bytes, "merged");

        assertThat(read).isEqualTo(document);
        assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
    }
}
