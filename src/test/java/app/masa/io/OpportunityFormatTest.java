package app.masa.io;

import static app.masa.io.TestMaps.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.masa.analysis.Insights;
import app.masa.analysis.RankedOpportunity;
import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.OpportunityDetails;
import app.masa.model.OpportunityStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An opportunity's impact, effort, owner, status and link: in the file, checked, and in the ranking. */
@InterfaceLanguage("en")
class OpportunityFormatTest {
    private static final OpportunityDetails DETAILS = new OpportunityDetails(4, 2, "Dana", OpportunityStatus.PLANNED,
            "c1", null);

    @Test
    void anOpportunityRoundTripsAndValidatesAgainstTheSchema() throws Exception {
        JourneyFile file = TestMaps.small();
        JourneyMap map = file.maps().get(0);
        List<Card> cards = new ArrayList<>(map.cards());
        cards.set(0, cards.get(0).withType(CardType.OPPORTUNITY).withOpportunity(DETAILS));
        byte[] bytes = JourneyCodec.write(file.withMap(map.withCards(cards)));

        JourneyFile read = JourneyCodec.read(bytes, "plan.journey.json");
        assertThat(read.maps().get(0).cards().get(0).opportunity()).isEqualTo(DETAILS);
        assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
        assertThat(TestMaps.text(bytes)).containsSubsequence("\"opportunity\"", "\"impact\": 4", "\"effort\": 2",
                "\"owner\": \"Dana\"", "\"status\": \"planned\"", "\"answers\": \"c1\"");
        var json = new ObjectMapper();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(Files.readAllBytes(Path.of("docs/journey.schema.json"))));
        assertThat(schema.validate(json.readTree(bytes))).isEmpty();
        assertThat(schema.validate(json.readTree(TestMaps.minimalFile(", \"opportunity\": { \"impact\": 9 }"))))
                .isNotEmpty();
    }

    @Test
    void scoresOutsideOneToFiveAndAnUnknownStatusAreRefused() {
        String file = TestMaps.minimalFile(", \"opportunity\": { \"impact\": 0, \"effort\": 6, \"status\": \"someday\" }");
        JourneyFormatException e = catchThrowableOfType(JourneyFormatException.class,
                () -> JourneyCodec.read(utf8(file), "bad.journey.json"));

        assertThat(e.problems()).hasSize(3).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("impact"))
                .anySatisfy(m -> assertThat(m).contains("effort"))
                .anySatisfy(m -> assertThat(m).contains("someday"));
    }

    @Test
    void amongEqualVotesAndGapsMuchForLittleComesFirstAndTheUnscoredLast() {
        JourneyMap map = TestMaps.small().maps().get(0);
        String stage = map.stages().get(0).id();
        String lane = map.lanes().get(0).id();
        List<Card> cards = new ArrayList<>(map.cards());
        cards.add(Card.of("unscored", stage, lane, 50, CardType.OPPORTUNITY, "Unscored"));
        cards.add(Card.of("costly", stage, lane, 51, CardType.OPPORTUNITY, "Costly")
                .withOpportunity(OpportunityDetails.EMPTY.withImpact(3).withEffort(5)));
        cards.add(Card.of("cheap", stage, lane, 52, CardType.OPPORTUNITY, "Cheap")
                .withOpportunity(OpportunityDetails.EMPTY.withImpact(5).withEffort(1)));

        List<RankedOpportunity> ranked = Insights.of(map.withCards(cards)).opportunities();

        assertThat(ranked).extracting(o -> o.card().id()).containsSubsequence("cheap", "costly", "unscored");
    }
}
