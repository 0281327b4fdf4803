package app.masa.io;

import static app.masa.io.TestMaps.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import app.masa.model.Evidence;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.MetricSource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A card's evidence: written only when marked, read back equal, checked like the other figures. */
@InterfaceLanguage("en")
class EvidenceFormatTest {
    @Test
    void assumptionsAndEvidenceRoundTripAndAnUnmarkedCardIsWrittenAsBefore() throws Exception {
        JourneyFile plain = TestMaps.small();
        assertThat(TestMaps.text(JourneyCodec.write(plain))).doesNotContain("\"evidence\"");

        JourneyMap map = plain.maps().get(0);
        Card first = map.cards().get(0).withEvidence(Evidence.assumption());
        Card second = map.cards().get(1).withEvidence(Evidence.backedBy(MetricSource.SURVEY, LocalDate.of(2026, 10, 20)));
        JourneyFile marked = plain.withMap(map.withCards(java.util.List.of(first, second)));
        byte[] bytes = JourneyCodec.write(marked);
        JourneyFile read = JourneyCodec.read(bytes, "marked.journey.json");

        assertThat(read.maps().get(0).cards()).extracting(Card::evidence)
                .containsExactly(Evidence.assumption(), Evidence.backedBy(MetricSource.SURVEY, LocalDate.of(2026, 10, 20)));
        assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
        assertThat(TestMaps.text(bytes)).contains("\"backing\": \"assumption\"")
                .containsSubsequence("\"backing\": \"evidence\"", "\"source\": \"survey\"", "\"date\": \"2026-10-20\"");

        var json = new ObjectMapper();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(Files.readAllBytes(Path.of("docs/journey.schema.json"))));
        assertThat(schema.validate(json.readTree(bytes))).isEmpty();
        String bad = TestMaps.minimalFile(", \"evidence\": { \"source\": \"hunch\" }");
        assertThat(schema.validate(json.readTree(bad))).extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString).contains("$.maps[0].cards[0].evidence");
    }

    @Test
    void evidenceWithoutABackingOrWithAnUnknownSourceIsRefusedAtItsPlace() {
        String file = TestMaps.minimalFile(", \"evidence\": { \"source\": \"hunch\", \"date\": \"soon\" }");
        JourneyFormatException e = catchThrowableOfType(JourneyFormatException.class,
                () -> JourneyCodec.read(utf8(file), "bad.journey.json"));

        assertThat(e.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("backing"))
                .anySatisfy(m -> assertThat(m).contains("hunch"))
                .anySatisfy(m -> assertThat(m).contains("soon"));
    }

    @Test
    void whatANewerVersionAddsToTheEvidenceIsKept() throws Exception {
        String file = TestMaps.minimalFile(", \"evidence\": { \"backing\": \"assumption\", \"owner\": \"Dana\" }");
        JourneyFile read = JourneyCodec.read(utf8(file), "newer.journey.json");

        assertThat(read.maps().get(0).cards().get(0).evidence().isAssumption()).isTrue();
        assertThat(TestMaps.text(JourneyCodec.write(read))).contains("\"owner\": \"Dana\"");
    }
}
