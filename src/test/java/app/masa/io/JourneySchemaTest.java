package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.sample.MapGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published schema agrees with the files Masa ships and writes. */
class JourneySchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        JsonNode schemaNode = JSON.readTree(Files.readAllBytes(Path.of("docs/journey.schema.json")));
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    @Test
    void everyBuiltInTemplateValidates() throws Exception {
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        assertThat(catalog.list()).isNotEmpty();
        for (TemplateInfo info : catalog.list()) {
            for (String language : info.languages()) {
                String resource = TemplateCatalog.BUILT_IN + info.id() + "." + language + ".journey.json";
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                    assertThat(schema.validate(JSON.readTree(in))).as(resource).isEmpty();
                }
                byte[] rewritten = JourneyCodec.write(catalog.create(info.id(), language));
                assertThat(schema.validate(JSON.readTree(rewritten))).as(resource + " as Masa writes it").isEmpty();
            }
        }
    }

    @Test
    void theBlankMapValidatesInBothLanguages() throws Exception {
        for (String language : TemplateCatalog.LANGUAGES) {
            String resource = TemplateCatalog.BUILT_IN + "blank/blank." + language + ".journey.json";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                assertThat(schema.validate(JSON.readTree(in))).as(resource).isEmpty();
            }
        }
    }

    @Test
    void whatTheWriterWritesValidates() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            byte[] bytes = JourneyCodec.write(MapGenerator.generate(seed, 5, 7, 200));

            assertThat(schema.validate(JSON.readTree(bytes))).as("seed " + seed).isEmpty();
        }
        assertThat(schema.validate(JSON.readTree(JourneyCodec.write(TestMaps.small())))).isEmpty();
    }

    @Test
    void aDocumentUsingEveryAdditionValidatesAndTheSchemaKnowsTheirShapes() throws Exception {
        byte[] rich = JourneyCodec.write(RichMaps.rich());
        assertThat(schema.validate(JSON.readTree(rich))).isEmpty();

        String bad = TestMaps.minimalFile("""
                , "touchpoint": { "presence": "remote" }, "metrics": { "csat": 9, "reach": -1 }""");
        assertThat(schema.validate(JSON.readTree(bad))).extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString).containsExactlyInAnyOrder("$.maps[0].cards[0].touchpoint.presence",
                        "$.maps[0].cards[0].metrics.csat", "$.maps[0].cards[0].metrics.reach");
    }

    @Test
    void aMergedDocumentWithConflictsOfEveryKindValidatesAndTheSchemaKnowsTheirShape() throws Exception {
        byte[] merged = JourneyCodec.write(ConflictMaps.everyKind());
        assertThat(schema.validate(JSON.readTree(merged))).isEmpty();

        String bad = TestMaps.minimalFile("").replace("\"cards\"", """
                "conflicts": [ { "kind": "card", "id": "c", "alternative": { "id": "c", "score": "high" } } ],
                "cards\"""");
        assertThat(schema.validate(JSON.readTree(bad))).isNotEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws Exception {
        String badScore = TestMaps.minimalFile(", \"type\": \"pain_point\", \"color\": \"red\"");
        String fewLevels = TestMaps.minimalFile("").replace("[\"a\", \"b\", \"c\", \"d\", \"e\"]", "[\"a\", \"b\"]");
        String newer = "{\"format\": \"masa-journey\", \"version\": 0, \"maps\": []}";

        Set<ValidationMessage> card = schema.validate(JSON.readTree(badScore));
        assertThat(card).extracting(ValidationMessage::getInstanceLocation).extracting(Object::toString)
                .containsExactlyInAnyOrder("$.maps[0].cards[0].type", "$.maps[0].cards[0].color");
        assertThat(schema.validate(JSON.readTree(fewLevels))).hasSize(1);
        assertThat(schema.validate(JSON.readTree(newer))).hasSize(2);
    }
}
