package app.masa.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.io.JourneyCodec;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Connection;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.sample.MapGenerator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The maps the property tests and benchmarks run on are valid, varied and the same for a seed. */
class GeneratedMapTest {
    @Test
    void aSeedAlwaysGivesTheSameFile() {
        assertThat(MapGenerator.generate(7, 5, 6, 200)).isEqualTo(MapGenerator.generate(7, 5, 6, 200));
        assertThat(MapGenerator.generate(7, 5, 6, 200)).isNotEqualTo(MapGenerator.generate(8, 5, 6, 200));
    }

    @Test
    void aBigMapHasTheAskedSizeAndOneEmotionLane() {
        JourneyMap map = MapGenerator.generate(1, 12, 8, 5_000).maps().get(0);
        assertThat(map.stages()).hasSize(12);
        assertThat(map.lanes()).hasSize(8);
        assertThat(map.cards()).hasSize(5_000);
        assertThat(map.lanes()).filteredOn(l -> l.kind() == LaneKind.EMOTION).hasSize(1);
        Set<String> emotion = map.lanes().stream().filter(l -> l.kind() == LaneKind.EMOTION).map(Lane::id)
                .collect(Collectors.toSet());
        assertThat(map.cards()).noneMatch(c -> emotion.contains(c.laneId()));
        assertThat(map.cards()).extracting(Card::type).contains(CardType.values());
        assertThat(map.connections()).isNotEmpty();
    }

    @Test
    void everyCardIsInACellNumberedFromZeroWithAScoreOnTheScale() {
        for (long seed = 0; seed < 20; seed++) {
            JourneyMap map = MapGenerator.generate(seed, 4, 4, 150).maps().get(0);
            Set<String> ids = new HashSet<>();
            for (Card c : map.cards()) {
                assertThat(ids.add(c.id())).isTrue();
                assertThat(map.stage(c.stageId())).isPresent();
                assertThat(map.lane(c.laneId())).isPresent();
                assertThat(c.score() == null || map.scale().contains(c.score())).isTrue();
            }
            map.cardsByCell().values().forEach(byLane -> byLane.values().forEach(cell -> {
                for (int i = 0; i < cell.size(); i++) {
                    assertThat(cell.get(i).order()).isEqualTo(i);
                }
            }));
            for (Connection k : map.connections()) {
                assertThat(ids).contains(k.fromCardId(), k.toCardId());
            }
            assertThat(map.touchpointsInJourneyOrder()).allMatch(c -> c.score() != null);
        }
    }

    @Test
    void someMapsAreHebrewAndSomeTextMixesBothScripts() {
        List<JourneyMap> maps = java.util.stream.LongStream.range(0, 10)
                .mapToObj(seed -> MapGenerator.generate(seed, 5, 5, 100).maps().get(0)).toList();
        Map<String, Long> languages = maps.stream().collect(Collectors.groupingBy(JourneyMap::language,
                Collectors.counting()));
        assertThat(languages).containsKeys("en", "he");
        assertThat(maps.stream().flatMap(m -> m.cards().stream()).map(Card::title))
                .anyMatch(t -> t.matches(".*[\\u0590-\\u05FF].*") && t.matches(".*[A-Za-z].*"));
    }

    @Test
    void generatedFilesAreValidJourneyFiles() throws Exception {
        JourneyFile file = MapGenerator.generate(3, 6, 5, 300);
        assertThat(JourneyCodec.read(JourneyCodec.write(file), "generated")).isEqualTo(file);
    }

    @Test
    void tooSmallAMapIsRefused() {
        assertThatThrownBy(() -> MapGenerator.generate(1, 0, 3, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MapGenerator.generate(1, 2, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
