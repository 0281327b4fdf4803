package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.ConversionPath;
import app.masa.model.DotVote;
import app.masa.model.Extras;
import app.masa.model.Facing;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.MetricSource;
import app.masa.model.Metrics;
import app.masa.model.Nps;
import app.masa.model.Presence;
import app.masa.model.Stage;
import app.masa.model.TouchpointDetails;
import app.masa.model.TouchpointQuestion;
import app.masa.model.sample.MapGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Generated documents with random touchpoint details, figures, paths and votes survive a save and reload. */
class AdditionsRoundTripProperties {

    @Property(tries = 40)
    void generatedDocumentsWithTheAdditionsReadBackEqualAndWriteBackIdentical(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 6) int stages, @ForAll @IntRange(min = 0, max = 60) int cards)
            throws Exception {
        JourneyFile document = decorate(MapGenerator.generate(seed, stages, 3, cards), new Random(seed));
        byte[] bytes = JourneyCodec.write(document);

        JourneyFile read = JourneyCodec.read(bytes, "generated");

        assertThat(read).isEqualTo(document);
        assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
    }

    private static JourneyFile decorate(JourneyFile file, Random random) {
        List<JourneyMap> maps = new ArrayList<>();
        for (JourneyMap map : file.maps()) {
            maps.add(decorate(map, random));
        }
        return file.withMaps(maps);
    }

    private static JourneyMap decorate(JourneyMap map, Random random) {
        List<Card> cards = map.cards().stream().map(c -> random.nextInt(3) == 0 ? c
                : c.withTouchpoint(touchpoint(map, random)).withMetrics(metrics(random))).toList();
        List<Stage> stages = map.stages().stream().map(s -> random.nextBoolean() ? s
                : s.withNps(new Nps(random.nextInt(500), random.nextInt(500), random.nextInt(500),
                        pick(MetricSource.values(), random), null, Extras.NONE))).toList();
        List<ConversionPath> paths = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4) && !cards.isEmpty(); i++) {
            List<String> steps = new ArrayList<>();
            steps.add(ConversionPath.channelStep(pick(Channel.values(), random)));
            for (int s = 0; s < 1 + random.nextInt(4); s++) {
                steps.add(cards.get(random.nextInt(cards.size())).id());
            }
            paths.add(new ConversionPath("path-" + i, steps, random.nextInt(1000), random.nextInt(100) / 4.0,
                    Extras.NONE));
        }
        Map<String, Integer> dots = new HashMap<>();
        for (int i = 0; i < random.nextInt(6) && !cards.isEmpty(); i++) {
            dots.merge(cards.get(random.nextInt(cards.size())).id(), 1 + random.nextInt(3), Integer::sum);
        }
        DotVote vote = random.nextBoolean() ? null
                : new DotVote(1 + random.nextInt(5), 1 + random.nextInt(12),
                        random.nextBoolean() ? EnumSet.noneOf(CardType.class)
                                : EnumSet.of(CardType.PAIN_POINT, pick(CardType.values(), random)),
                        random.nextBoolean(), dots, Extras.NONE);
        return map.withCards(cards).withStages(stages).withConversionPaths(paths).withVote(vote)
                .withGapThreshold(1 + random.nextInt(4))
                .withCurrency(random.nextBoolean() ? null : "EUR")
                .withAttributionHalfLife(1 + random.nextInt(5));
    }

    private static TouchpointDetails touchpoint(JourneyMap map, Random random) {
        Map<TouchpointQuestion, String> answers = new HashMap<>();
        for (TouchpointQuestion q : TouchpointQuestion.values()) {
            if (random.nextInt(3) == 0) {
                answers.put(q, "Answer " + random.nextInt(100) + " — תשובה");
            }
        }
        Integer expected = random.nextBoolean() ? null
                : map.scale().min() + random.nextInt(map.scale().levels());
        return new TouchpointDetails(expected, random.nextBoolean() ? null : pick(Presence.values(), random),
                random.nextBoolean() ? null : pick(Facing.values(), random), random.nextBoolean() ? "" : "Owner",
                random.nextBoolean() ? List.of() : List.of("Me", "דנה"), answers, Extras.NONE, Extras.NONE);
    }

    private static Metrics metrics(Random random) {
        return new Metrics(random.nextBoolean() ? null : (long) random.nextInt(100_000),
                random.nextBoolean() ? null : (long) random.nextInt(1000),
                random.nextBoolean() ? null : 1 + random.nextInt(401) / 100.0,
                random.nextBoolean() ? null : random.nextInt(100_000) / 8.0,
                random.nextBoolean() ? null : pick(MetricSource.values(), random),
                random.nextBoolean() ? null : LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                Extras.NONE);
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
