package app.masa.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.i18n.InterfaceLanguage;
import app.masa.io.TemplateCatalog;
import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@InterfaceLanguage("en")
class PathCsvTest {
    private JourneyMap funnel;

    @BeforeEach
    void setUp() throws Exception {
        funnel = TemplateCatalog.builtIn().create("funnel", "en").maps().get(0);
    }

    @Test
    void stepsAreTouchpointTitlesOrChannels() throws Exception {
        CsvTable table = CsvReader.read("""
                Path,Conversions,Value
                Sponsored post > Google search result > Checkout,12,"1,200"
                social → email,3,
                רשתות חברתיות,1,50
                """);
        List<ConversionPath> paths = PathCsv.read(table, funnel);
        assertThat(paths).extracting(ConversionPath::steps).containsExactly(
                List.of("c-sponsored-post", "c-search-result", "c-checkout"),
                List.of("channel:social", "channel:email"),
                List.of("channel:social"));
        assertThat(paths).extracting(ConversionPath::conversions).containsExactly(12L, 3L, 1L);
        assertThat(paths.get(0).value()).isEqualTo(1200.0);
        assertThat(paths).extracting(ConversionPath::id).doesNotHaveDuplicates();
    }

    @Test
    void unknownStepsAndBadCountsAreNamedByLine() throws Exception {
        CsvTable table = CsvReader.read("path,conversions\nBillboard > Checkout,4\nCheckout,many\n");
        assertThatThrownBy(() -> PathCsv.read(table, funnel))
                .hasMessageContaining("Line 2: “Billboard” is neither a touchpoint of this map nor a channel.")
                .hasMessageContaining("Line 3: The conversions “many” is not a whole number of zero or more.");
    }
}
