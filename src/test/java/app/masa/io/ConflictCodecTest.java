package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.model.ConflictKind;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.MergeConflict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge conflicts a map carries are written, read back and checked like the rest of the file. */
class ConflictCodecTest {

    @Test
    void everyKindOfConflictReadsBackEqualAndWritesBackIdentical() throws Exception {
        JourneyFile document = ConflictMaps.everyKind();
        byte[] bytes = JourneyCodec.write(document);

        JourneyFile read = JourneyCodec.read(bytes, "merged");

        assertThat(read).isEqualTo(document);
        assertThat(read.maps().get(0).conflicts()).hasSize(ConflictKind.values().length);
        assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"kind\": \"conversion-path\"").contains("\"alternative-deletes\": true");
        assertThat(text.indexOf("\"conflicts\"")).isGreaterThan(text.indexOf("\"vote\""));
    }

    @Test
    void aConflictAboutAThingDeletedSinceIsLeftOutOfTheFile() throws Exception {
        JourneyMap map = ConflictMaps.everyKind().maps().get(0);
        JourneyMap withoutCard = map.withCards(map.cards().stream().filter(c -> !c.id().equals("c-1")).toList())
                .withConnections(List.of());

        JourneyFile read = JourneyCodec.read(JourneyCodec.write(JourneyFile.of(withoutCard)), "merged");

        assertThat(read.maps().get(0).conflicts()).extracting(MergeConflict::kind)
                .doesNotContain(ConflictKind.CARD, ConflictKind.CONNECTION);
        assertThat(withoutCard.conflicts()).hasSize(ConflictKind.values().length);
    }

    @Test
    void aConflictNamingNothingOrCarryingABrokenOtherVersionIsReportedAtItsPlace() {
        String file = TestMaps.minimalFile("").replace("\"cards\"", """
                "conflicts": [
                  { "kind": "card", "id": "nope", "alternative-deletes": true },
                  { "kind": "card", "id": "c", "alternative": { "id": "c", "stage": "gone", "lane": "l" } },
                  { "kind": "lane", "id": "l" }
                ],
                "cards\"""");

        assertThatThrownBy(() -> JourneyCodec.read(file.getBytes(StandardCharsets.UTF_8), "merged.journey.json"))
                .isInstanceOf(JourneyFormatException.class)
                .satisfies(e -> assertThat(((JourneyFormatException) e).problems()).extracting(Problem::path)
                                                .containsExactlyInAnyOrder("maps[0].conflicts[0].id",
                                "maps[0].conflicts[1].alternative.stage", "maps[0].conflicts[2].id"));
    }
}
