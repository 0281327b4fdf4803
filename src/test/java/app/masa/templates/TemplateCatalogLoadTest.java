package app.masa.templates;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.JourneyCodec;
import app.masa.io.JourneyFileException;
import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import app.masa.model.CardType;
import app.masa.model.Direction;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.templates.TemplateSources.TemplateFile;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template loads through the real codec and catalog, and nothing is lost on the way. */
class TemplateCatalogLoadTest {

    static Stream<TemplateFile> templates() {
        return TemplateSources.all();
    }

    @Test
    void theCatalogOffersTheTemplatesOfTheIndexInBothLanguages() {
        List<TemplateInfo> listed = TemplateCatalog.builtIn().list();
        assertThat(listed).extracting(TemplateInfo::id).containsExactlyElementsOf(TemplateSources.indexLines());
        for (TemplateInfo info : listed) {
            assertThat(info.languages()).containsExactlyElementsOf(TemplateSources.LANGUAGES);
            for (String language : TemplateSources.LANGUAGES) {
                String title = TemplateSources.read(info.id(), language).path("maps").get(0).path("title").asText();
                assertThat(info.title(language)).isEqualTo(title);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void theCodecReadsTheFileWithoutProblems(TemplateFile template) throws JourneyFileException {
        byte[] bytes = TemplateSources.bytes(TemplateSources.FOLDER + template.name());
        JourneyFile file = JourneyCodec.read(bytes, template.name());
        assertThat(JourneyCodec.read(JourneyCodec.write(file), template.name())).isEqualTo(file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aNewMapFromTheTemplateHoldsEverythingInTheFile(TemplateFile template) throws JourneyFileException {
        JourneyFile created = TemplateCatalog.builtIn().create(template.id(), template.language());
        JsonNode json = template.json().path("maps").get(0);

        assertThat(created.maps()).hasSize(template.json().path("maps").size());
        JourneyMap map = created.maps().get(0);
        assertThat(map.title()).isEqualTo(json.path("title").asText());
        assertThat(map.language()).isEqualTo(template.language());
        assertThat(map.direction()).isEqualTo(template.language().equals("he") ? Direction.RTL : Direction.LTR);
        assertThat(map.personas()).hasSize(json.path("personas").size());
        assertThat(map.stages()).hasSize(json.path("stages").size());
        assertThat(map.lanes()).hasSize(json.path("lanes").size());
        assertThat(map.cards()).hasSize(json.path("cards").size());
        assertThat(map.connections()).hasSize(json.path("connections").size());
        assertThat(map.created()).isNotNull();
        assertThat(map.modified()).isEqualTo(map.created());
        assertThat(map.touchpointsInJourneyOrder()).isNotEmpty()
                .allSatisfy(card -> assertThat(card.type()).isEqualTo(CardType.TOUCHPOINT));
    }
}
