package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.model.Brand;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import app.masa.model.TitleTypeface;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A brand dresses the layout: its colours on stages and cards, its logo opposite the title. */
class BrandLayoutTest {
    private final LayoutEngine engine = new LayoutEngine();
    private final LayoutOptions printed = new LayoutOptions(true, Theme.LIGHT, Set.of(), LocalDate.of(2026, 12, 4));

    @Test
    void cardTypesAndStagesTakeTheBrandsColoursUnlessTheyHaveTheirOwn() {
        JourneyMap map = SampleMaps.english();
        Brand brand = new Brand(null, List.of("#112233", "#445566"), Map.of(CardType.PAIN_POINT, "#aa0011"), null);

        MapLayout layout = engine.layout(map, printed.withBrand(brand));
        MapLayout plain = engine.layout(map, printed);

        for (int i = 0; i < layout.stages().size(); i++) {
            String own = map.stages().get(i).color();
            String expected = own != null ? own : i % 2 == 0 ? "#112233" : "#445566";
            assertThat(layout.stages().get(i).accent().toHex()).as("stage %d", i).isEqualTo(expected);
        }
        for (CardBox box : layout.cards()) {
            Card card = map.cards().stream().filter(c -> c.id().equals(box.cardId())).findFirst().orElseThrow();
            if (card.color() == null && card.type() == CardType.PAIN_POINT) {
                assertThat(box.accent().toHex()).isEqualTo("#aa0011");
            } else if (card.color() == null) {
                CardBox before = plain.cards().stream().filter(c -> c.cardId().equals(box.cardId())).findFirst()
                        .orElseThrow();
                assertThat(box.accent()).isEqualTo(before.accent());
            }
        }
        assertThat(layout.cards()).anySatisfy(box -> assertThat(box.accent().toHex()).isEqualTo("#aa0011"));
        assertThat(layout.style().palette().accent(CardType.PAIN_POINT).toHex()).isEqualTo("#aa0011");
    }

    @Test
    void theLogoStandsAtTheReadingEndOfTheTitleBlockAndTheTitleMakesRoom() throws Exception {
        Brand brand = Brand.NONE.withLogo(SampleMaps.logo(400, 100));
        MapLayout ltr = engine.layout(SampleMaps.english(), printed.withBrand(brand));
        MapLayout rtl = engine.layout(SampleMaps.hebrew(), printed.withBrand(brand));
        double margin = ltr.style().metrics().margin();

        assertThat(ltr.logo()).isNotNull();
        assertThat(ltr.logo().bounds().height()).isCloseTo(45, within(0.01));
        assertThat(ltr.logo().bounds().width()).isCloseTo(180, within(0.01));
        assertThat(ltr.logo().bounds().maxX()).isCloseTo(ltr.width() - margin, within(0.01));
        for (TextLine line : ltr.titleLines()) {
            assertThat(line.x() + line.width()).isLessThanOrEqualTo(ltr.logo().bounds().x());
        }
        assertThat(rtl.logo().bounds().x()).isCloseTo(margin, within(0.01));
        for (TextLine line : rtl.titleLines()) {
            assertThat(line.x()).isGreaterThanOrEqualTo(rtl.logo().bounds().maxX());
        }
        assertThat(ltr.stages().get(0).header().y()).isGreaterThanOrEqualTo(ltr.logo().bounds().maxY());
    }

    @Test
    void noTitleBlockNoBrokenLogoAndAPlainExportShowNoLogo() {
        Brand brand = Brand.NONE.withLogo("data:image/png;base64,AAAA");

        assertThat(engine.layout(SampleMaps.english(), printed.withBrand(brand)).logo()).isNull();
        assertThat(engine.layout(SampleMaps.english(), printed).logo()).isNull();
        assertThat(engine.layout(SampleMaps.english(), LayoutOptions.canvas().withBrand(brand)).logo()).isNull();
    }

    @Test
    void aSerifTitleIsMeasuredInTheSerifInBothDirectionsAndOnlyTheTitleChanges() {
        Brand serif = Brand.NONE.withTitleTypeface(TitleTypeface.FRANK_RUHL_LIBRE);
        for (JourneyMap map : List.of(SampleMaps.english(), SampleMaps.hebrew())) {
            MapLayout plain = engine.layout(map, printed);
            MapLayout branded = engine.layout(map, printed.withBrand(serif));

            assertThat(branded.style().typography().face(FontRole.MAP_TITLE)).isEqualTo(FontFace.SERIF_BOLD);
            assertThat(titleWidth(branded)).as(map.language()).isNotEqualTo(titleWidth(plain));
            assertThat(branded.cards()).isEqualTo(plain.cards());
            assertThat(branded.style().typography().face(FontRole.CARD_TITLE)).isEqualTo(FontFace.BOLD);
        }
    }

    private static double titleWidth(MapLayout layout) {
        return layout.titleLines().stream().filter(l -> l.role() == FontRole.MAP_TITLE).mapToDouble(TextLine::width)
                .sum();
    }
}
