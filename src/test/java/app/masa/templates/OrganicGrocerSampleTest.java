package app.masa.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grocer is the map the designer opens on: rich enough to show the method, sparse enough to
 * read on one screen.
 */
class OrganicGrocerSampleTest {

    private static JsonNode map(String language) {
        return TemplateSources.read("organic-grocer", language).path("maps").get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "he"})
    void holdsBetween25And35Cards(String language) {
        assertThat(map(language).path("cards").size()).isBetween(25, 35);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "he"})
    void cardTitlesAreTwoToFiveWords(String language) {
        for (JsonNode card : map(language).path("cards")) {
            String title = card.path("title").asText();
            assertThat(title.strip().split("\\s+")).as(title).hasSizeBetween(2, 5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "he"})
    void hasAPersonaAndAnOnlineOrderThatBranches(String language) {
        JsonNode map = map(language);
        assertThat(map.path("personas").size()).isGreaterThanOrEqualTo(1);
        List<String> targets = new ArrayList<>();
        for (JsonNode k : map.path("connections")) {
            if (k.path("from").asText().equals("c-online-order")) {
                targets.add(k.path("to").asText());
            }
        }
        assertThat(targets).containsExactlyInAnyOrder("c-delivery", "c-pickup-pay");
    }
}
