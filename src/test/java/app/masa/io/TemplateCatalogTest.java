package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Direction;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.LaneKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

@InterfaceLanguage("en")
class TemplateCatalogTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final TemplateCatalog fixture = new TemplateCatalog(TemplateCatalogTest.class.getClassLoader(),
            "app/masa/io/fixture-templates", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void listsTheTemplatesOfTheIndexInOrderWithTitlesAndLanguages() {
        List<TemplateInfo> list = fixture.list();

        assertThat(list).extracting(TemplateInfo::id).containsExactly("alpha", "beta");
        assertThat(list.get(0).languages()).containsExactly("en", "he");
        assertThat(list.get(0).title("he")).isEqualTo("מסע אלפא");
        assertThat(list.get(1).languages()).containsExactly("en");
        assertThat(list.get(1).title("he")).as("falls back to the first language").isEqualTo("Beta journey");
    }

    @Test
    void createsAFreshDocumentDatedNow() throws Exception {
        JourneyFile file = fixture.create("alpha", "he");

        assertThat(file.maps().get(0).title()).isEqualTo("מסע אלפא");
        assertThat(file.maps().get(0).created()).isEqualTo(NOW);
        assertThat(file.maps().get(0).modified()).isEqualTo(NOW);
    }

    @Test
    void saysPlainlyWhenATemplateOrLanguageIsMissing() {
        JourneyFileException unknown = catchThrowableOfType(JourneyFileException.class, () -> fixture.create("gamma", "en"));
        JourneyFileException language = catchThrowableOfType(JourneyFileException.class, () -> fixture.create("beta", "he"));

        assertThat(unknown.getMessage()).isEqualTo("There is no template \"gamma\". The templates are: alpha, beta.");
        assertThat(language.getMessage()).isEqualTo("The template \"beta\" is not written in \"he\"; it is available in: en.");
    }

    @Test
    void theSampleIsTheFirstTemplateWhenNoPreferredOneIsInstalled() throws Exception {
        assertThat(fixture.sample("he").maps().get(0).id()).isEqualTo("alpha");
        assertThat(fixture.sample("fr").maps().get(0).title()).isEqualTo("Alpha journey");
    }

    @Test
    void openingTheSampleReadsTheSampleAloneNotEveryTemplate() throws Exception {
        List<String> opened = new java.util.ArrayList<>();
        ClassLoader counting = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                if (name.endsWith(".journey.json")) {
                    opened.add(name.substring(name.lastIndexOf('/') + 1));
                }
                return super.getResourceAsStream(name);
            }
        };
        TemplateCatalog catalog = new TemplateCatalog(counting, "app/masa/io/fixture-templates", Clock.fixed(NOW, ZoneOffset.UTC));

        catalog.sample("he");

        assertThat(opened).containsExactly("alpha.he.journey.json");
    }

    @Test
    void anEmptyCatalogHasNoSample() {
        TemplateCatalog empty = new TemplateCatalog(getClass().getClassLoader(), "app/masa/io/nothing-here", Clock.systemUTC());

        assertThat(empty.list()).isEmpty();
        assertThat(catchThrowableOfType(JourneyFileException.class, () -> empty.sample("en")))
                .hasMessage("No templates are installed.");
    }

    @Test
    void everyBuiltInTemplateOpensInEveryLanguageItIsWrittenIn() throws Exception {
        TemplateCatalog builtIn = TemplateCatalog.builtIn();

        assertThat(builtIn.list()).isNotEmpty();
        for (TemplateInfo info : builtIn.list()) {
            for (String language : info.languages()) {
                JourneyFile file = builtIn.create(info.id(), language);
                assertThat(file.maps()).as(info.id() + "." + language).isNotEmpty();
                assertThat(file.maps().get(0).language()).as(info.id() + "." + language).startsWith(language);
            }
        }
    }

    @Test
    void theBlankMapIsOfferedFirstAndHoldsStagesAndLanesOnly() throws Exception {
        TemplateCatalog builtIn = TemplateCatalog.builtIn();
        List<TemplateInfo> offered = builtIn.offered();

        assertThat(offered.get(0).id()).isEqualTo(TemplateCatalog.BLANK);
        assertThat(offered.get(0).languages()).containsExactly("en", "he");
        assertThat(offered.get(0).title("en")).isEqualTo("Blank map: stages and lanes only");
        assertThat(offered.get(0).title("he")).isEqualTo("מפה ריקה: שלבים ונתיבים בלבד");
        assertThat(offered.subList(1, offered.size())).isEqualTo(builtIn.list());
        for (String language : List.of("en", "he")) {
            JourneyMap map = builtIn.create(TemplateCatalog.BLANK, language).maps().get(0);
            assertThat(map.language()).isEqualTo(language);
            assertThat(map.direction()).isEqualTo(language.equals("he") ? Direction.RTL : Direction.LTR);
            assertThat(map.stages()).hasSize(5);
            assertThat(map.lanes()).hasSizeGreaterThanOrEqualTo(3)
                    .anySatisfy(lane -> assertThat(lane.kind()).isEqualTo(LaneKind.EMOTION));
            assertThat(map.cards()).isEmpty();
            assertThat(map.connections()).isEmpty();
            assertThat(map.personas()).isEmpty();
            assertThat(map.created()).isNotNull();
        }
    }

    @Test
    void aCatalogWithoutTheBlankMapOffersItsTemplatesOnly() {
        assertThat(fixture.offered()).isEqualTo(fixture.list());
    }

    @Test
    void theBuiltInSamplePrefersTheOrganicGrocerThenTheFunnel() throws Exception {
        TemplateCatalog builtIn = TemplateCatalog.builtIn();
        List<String> ids = builtIn.list().stream().map(TemplateInfo::id).toList();
        String expected = ids.contains("organic-grocer") ? "organic-grocer" : ids.contains("funnel") ? "funnel" : ids.get(0);
        TemplateInfo info = builtIn.list().get(ids.indexOf(expected));

        assertThat(builtIn.sample("he").maps().get(0).title()).isEqualTo(info.title("he"));
    }
}
