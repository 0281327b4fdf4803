package app.masa.io;

import static app.masa.io.TestMaps.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links from cards and stages: written beside the map, read back equal, checked like the rest of the file. */
@InterfaceLanguage("en")
class LinkFormatTest {
    @Test
    void linksToAMapAndToAFileRoundTripAndPassTheSchema() throws Exception {
        JourneyFile file = TestMaps.small();
        JourneyMap map = file.maps().get(0);
        List<JourneyLink> links = List.of(JourneyLink.toMap(map.cards().get(0).id(), "elsewhere"),
                JourneyLink.toFile(map.stages().get(0).id(), "details/sms.journey.json", null));
        JourneyFile linked = JourneyFile.of(map.withLinks(links));

        byte[] bytes = JourneyCodec.write(linked);
        JourneyFile read = JourneyCodec.read(bytes, "linked.journey.json");

        assertThat(read.maps().get(0).links()).isEqualTo(links);
        assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
        ObjectMapper json = new ObjectMapper();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(Files.readAllBytes(Path.of("docs/journey.schema.json"))));
        assertThat(schema.validate(json.readTree(bytes))).isEmpty();
    }

    @Test
    void aLinkFromADeletedCardIsNotWritten() throws Exception {
        JourneyMap map = TestMaps.small().maps().get(0);
        String card = map.cards().get(0).id();
        JourneyMap linked = map.withLinks(List.of(JourneyLink.toMap(card, "elsewhere")));
        JourneyMap deleted = linked.withCards(linked.cards().stream().filter(c -> !c.id().equals(card)).toList());

        String text = TestMaps.text(JourneyCodec.write(JourneyFile.of(deleted)));

        assertThat(text).doesNotContain("\"links\"");
    }

    @Test
    void anAbsolutePathAndALinkFromNoCardAreRefusedAtTheirPlaces() {
        JourneyMap map = TestMaps.small().maps().get(0);
        String card = map.cards().get(0).id();
        String file = new String(JourneyCodec.write(JourneyFile.of(map)), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("(\"cards\": \\[)", "\"links\": [{\"source\": \"" + card + "\", \"file\": \"/home/dana/sms.journey.json\"},"
                        + " {\"source\": \"nobody\", \"map\": \"m\"}], $1");
        JourneyFormatException e = catchThrowableOfType(JourneyFormatException.class,
                () -> JourneyCodec.read(utf8(file), "bad.journey.json"));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("/home/dana/sms.journey.json", "relative"))
                .anySatisfy(m -> assertThat(m).contains("nobody"));
    }
}
