package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Card;
import app.masa.model.Comment;
import app.masa.model.CommentThread;
import app.masa.model.ConflictKind;
import app.masa.model.Extras;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.MergeConflict;
import app.masa.model.Stage;
import app.masa.model.sample.MapGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property(tries = 30)
    void commentThreadsOnAnyThingsReadBackEqualAndWriteBackIdentical(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int cards, @ForAll("remarks") String text) throws Exception {
        JourneyMap map = MapGenerator.generate(seed, 3, 4, cards).maps().get(0);
        Random random = new Random(seed);
        List<String> targets = new ArrayList<>();
        map.cards().forEach(c -> targets.add(c.id()));
        map.stages().forEach(s -> targets.add(s.id()));
        map.lanes().forEach(l -> targets.add(l.id()));
        List<CommentThread> threads = new ArrayList<>();
        for (int t = 0; t < 1 + random.nextInt(6); t++) {
            List<Comment> remarks = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(3); c++) {
                remarks.add(new Comment("comment-" + t + "-" + c, random.nextBoolean() ? "Dana" : "",
                        random.nextBoolean() ? Instant.ofEpochSecond(1_790_000_000L + random.nextInt(1_000_000)) : null,
                        text + " " + c, Extras.NONE));
            }
            threads.add(new CommentThread("thread-" + t, targets.get(random.nextInt(targets.size())), random.nextBoolean(),
                    remarks, Extras.NONE));
        }
        JourneyFile document = JourneyFile.of(map.withComments(threads));
        byte[] bytes = JourneyCodec.write(document);

        JourneyFile read = JourneyCodec.read(bytes, "commented");

        assertThat(read).isEqualTo(document);
        assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
    }

    @Provide
    Arbitrary<String> remarks() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(80),
                Arbitraries.of("למה אין כאן מחיר?", "Ask Noa about SMS \"2\" ←", "=SUM(A1)"));
    }
}
