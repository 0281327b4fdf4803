package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.SampleMaps;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Left to choose, an export never prints card text below 7 pt; a chosen small page is measured for a warning. */
class ReadablePageTest {
    @Test
    void everyTemplateAndAThousandCardMapGetAReadablePlan() {
        List<JourneyMap> maps = new ArrayList<>(TestMaps.templates());
        maps.add(SampleMaps.generated(8, 6, 1000, 11));
        for (JourneyMap map : maps) {
            ReadablePage.Choice choice = ReadablePage.choose(List.of(map), ExportOptions.defaults());
            assertThat(choice.cardTextPoints()).as("%s (%s)", map.title(), map.language())
                    .isGreaterThanOrEqualTo(ReadablePage.READABLE);
            assertThat(ReadablePage.cardTextPoints(List.of(map), choice.options()))
                    .isEqualTo(choice.cardTextPoints());
        }
    }

    @Test
    void aThousandCardMapOnOneA4SheetPrintsBelowTheWarningSize() {
        List<JourneyMap> big = List.of(SampleMaps.generated(8, 6, 1000, 11));
        assertThat(ReadablePage.cardTextPoints(big, ExportOptions.defaults())).isLessThan(ReadablePage.WARN_BELOW);
        ReadablePage.Choice choice = ReadablePage.choose(big, ExportOptions.defaults());
        assertThat(choice.options().tiles()).as("only tiles print it readably").isTrue();
    }
}
