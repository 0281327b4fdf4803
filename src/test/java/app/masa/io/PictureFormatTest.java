package app.masa.io;

import static app.masa.io.TestMaps.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.masa.i18n.InterfaceLanguage;
import app.masa.io.pictures.TestPictures;
import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Picture;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A card's picture and the storyboard lane: written only when used, read back equal, checked like the rest. */
@InterfaceLanguage("en")
class PictureFormatTest {
    private static JourneyFile withPictures() {
        JourneyMap map = TestMaps.small().maps().get(0);
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.add(0, Lane.of("story", "Storyboard", LaneKind.STORYBOARD));
        List<Card> cards = new ArrayList<>(map.cards());
        cards.set(0, cards.get(0).withPicture(TestPictures.picture().withFocus(0.25, 0.8)));
        cards.add(Card.of("frame-1", "awareness", "story", 0, app.masa.model.CardType.NOTE, "The post in the feed")
                .withPicture(TestPictures.picture()));
        return JourneyFile.of(map.withLanes(lanes).withCards(cards));
    }

    @Test
    void picturesAndAStoryboardLaneRoundTripAndACardWithoutOneIsWrittenAsBefore() throws Exception {
        assertThat(TestMaps.text(JourneyCodec.write(TestMaps.small()))).doesNotContain("\"picture\"");

        byte[] bytes = JourneyCodec.write(withPictures());
        JourneyFile read = JourneyCodec.read(bytes, "pictures.journey.json");

        assertThat(read).isEqualTo(withPictures());
        assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
        String text = TestMaps.text(bytes);
        assertThat(text).contains("\"kind\": \"storyboard\"")
                .containsSubsequence("\"picture\"", "\"image\": \"data:image/png;base64,", "\"focus-x\": 0.25",
                        "\"focus-y\": 0.8")
                .containsOnlyOnce("focus-x");
    }

    @Test
    void theSchemaKnowsThePictureAndTheStoryboard() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(Files.readAllBytes(Path.of("docs/journey.schema.json"))));
        assertThat(schema.validate(json.readTree(JourneyCodec.write(withPictures())))).isEmpty();

        String bad = TestMaps.minimalFile(", \"picture\": { \"image\": \"https://example.com/a.png\", \"focus-x\": 2 }");
        assertThat(schema.validate(json.readTree(bad))).extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString)
                .contains("$.maps[0].cards[0].picture.image", "$.maps[0].cards[0].picture.focus-x");
    }

    @Test
    void aPictureThatIsNotAnEmbeddedImageOrIsTooLargeIsRefusedAtItsPlaceWithoutQuotingIt() {
        String linked = TestMaps.minimalFile(", \"picture\": { \"image\": \"file:///home/dana/shop.jpg\", \"focus-y\": -1 }");
        JourneyFormatException e = catchThrowableOfType(JourneyFormatException.class,
                () -> JourneyCodec.read(utf8(linked), "linked.journey.json"));
        assertThat(e.problems()).extracting(Problem::path)
                .contains("maps[0].cards[0].picture.image", "maps[0].cards[0].picture.focus-y");
        assertThat(e.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("The picture is not an embedded PNG or JPEG image"));

        String huge = "data:image/jpeg;base64," + "A".repeat(Picture.MAX_BASE64_CHARS + 4);
        JourneyFormatException tooLarge = catchThrowableOfType(JourneyFormatException.class,
                () -> JourneyCodec.read(utf8(TestMaps.minimalFile(", \"picture\": { \"image\": \"" + huge + "\" }")),
                        "big.journey.json"));
        assertThat(tooLarge.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("The picture is too large").hasSizeLessThan(300);
    }

    @Test
    void whatANewerVersionAddsToAPictureIsKept() throws Exception {
        String file = TestMaps.minimalFile(", \"picture\": { \"image\": \"" + TestPictures.picture().image()
                + "\", \"caption-lang\": \"he\" }");
        JourneyFile read = JourneyCodec.read(utf8(file), "newer.journey.json");

        assertThat(read.maps().get(0).cards().get(0).picture().focusX()).isEqualTo(0.5);
        assertThat(TestMaps.text(JourneyCodec.write(read))).contains("\"caption-lang\": \"he\"");
    }
}
