package app.masa.io;

import static app.masa.io.TestMaps.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Brand;
import app.masa.model.CardType;
import app.masa.model.JourneyFile;
import app.masa.model.PersonaPhoto;
import app.masa.model.TitleTypeface;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The file's brand: written only when there is one, read back equal, checked like the rest of the file. */
@InterfaceLanguage("en")
class BrandFormatTest {
    /** A 1 × 1 PNG. */
    private static final String LOGO = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private static Brand brand() {
        return new Brand(LOGO, List.of("#2f6b3a", "#7aa63c"), Map.of(CardType.OPPORTUNITY, "#e0a526"),
                TitleTypeface.FRANK_RUHL_LIBRE, null);
    }

    @Test
    void aFileWithoutABrandIsWrittenAsBeforeAndABrandRoundTrips() throws Exception {
        JourneyFile plain = TestMaps.small();
        assertThat(TestMaps.text(JourneyCodec.write(plain))).doesNotContain("\"brand\"");

        JourneyFile branded = plain.withBrand(brand());
        byte[] bytes = JourneyCodec.write(branded);
        JourneyFile read = JourneyCodec.read(bytes, "branded.journey.json");

        assertThat(read.brand()).isEqualTo(brand());
        assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
        assertThat(TestMaps.text(bytes)).containsSubsequence("\"version\"", "\"brand\"", "\"logo\"",
                "\"stage-colors\"", "\"#2f6b3a\"", "\"type-colors\"", "\"opportunity\"", "\"title-font\": \"frank-ruhl-libre\"", "\"maps\"");
    }

    @Test
    void theSchemaKnowsTheBrandsShape() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(Files.readAllBytes(Path.of("docs/journey.schema.json"))));
        byte[] branded = JourneyCodec.write(TestMaps.small().withBrand(brand()));
        assertThat(schema.validate(json.readTree(branded))).isEmpty();

        String bad = withBrand("{ \"logo\": \"http://example.com/logo.png\", \"stage-colors\": [\"green\"],"
                + " \"type-colors\": { \"sticker\": \"#ffffff\" }, \"title-font\": \"comic-sans\" }");
        assertThat(schema.validate(json.readTree(bad))).extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString)
                .contains("$.brand.logo", "$.brand.stage-colors[0]", "$.brand.title-font");
    }

    @Test
    void aBrokenBrandIsRefusedWithEveryProblemAtItsPlace() {
        String file = withBrand("{ \"logo\": \"http://example.com/logo.png\", \"stage-colors\": [\"green\"],"
                + " \"type-colors\": { \"sticker\": \"#ffffff\", \"note\": \"grey\" }, \"title-font\": \"comic-sans\" }");
        JourneyFormatException e = catchThrowableOfType(JourneyFormatException.class,
                () -> JourneyCodec.read(utf8(file), "bad.journey.json"));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("logo"))
                .anySatisfy(m -> assertThat(m).contains("green"))
                .anySatisfy(m -> assertThat(m).contains("sticker"))
                .anySatisfy(m -> assertThat(m).contains("grey"))
                .anySatisfy(m -> assertThat(m).contains("comic-sans"));
    }

    @Test
    void aLogoLargerThanTheLimitIsRefusedWithoutQuotingIt() {
        String huge = "data:image/png;base64," + "A".repeat(PersonaPhoto.MAX_BASE64_CHARS + 4);
        JourneyFormatException e = catchThrowableOfType(JourneyFormatException.class,
                () -> JourneyCodec.read(utf8(withBrand("{ \"logo\": \"" + huge + "\" }")), "big.journey.json"));

        assertThat(e.problems()).singleElement().extracting(Problem::message).asString()
                .contains("logo").hasSizeLessThan(300);
    }

    @Test
    void whatANewerVersionAddsToTheBrandIsKept() throws Exception {
        String file = withBrand("{ \"stage-colors\": [\"#112233\"], \"title-weight\": \"light\" }");
        JourneyFile read = JourneyCodec.read(utf8(file), "newer.journey.json");

        assertThat(read.brand().stageColors()).containsExactly("#112233");
        assertThat(TestMaps.text(JourneyCodec.write(read))).contains("\"title-weight\": \"light\"");
    }

    private static String withBrand(String brand) {
        return TestMaps.minimalFile("").replace("\"version\": 1,", "\"version\": 1,\n  \"brand\": " + brand + ",");
    }
}
