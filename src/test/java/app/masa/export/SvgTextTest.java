package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.CardBox;
import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.layout.SampleMaps;
import app.masa.layout.TextLine;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

class SvgTextTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22));
    private static final String LONG_TITLE = "A card title long enough to wrap onto three lines of its card";
    private static final String HEBREW_TITLE = "SMS אישור הזמנה עם קוד קופון וזמן משלוח משוער לבית הלקוחה";
    private final LayoutEngine engine = new LayoutEngine();

    @Test
    void aWrappedCardTitleIsOneTextWithALinePerTspanAtTheLayoutsPositions() throws Exception {
        JourneyMap map = withFirstCardTitle(SampleMaps.english(), LONG_TITLE);
        MapLayout layout = engine.layout(map, OPTIONS.layoutOptions());
        CardBox card = card(layout, map.cards().get(0).id());
        assertThat(card.titleLines()).as("the title must wrap, or this test proves nothing").hasSizeGreaterThan(1);

        Element text = paragraphOf(svg(map, layout), card, card.titleLines().get(0));
        List<Element> tspans = SvgDocument.elements(text, "tspan");
        assertThat(tspans).hasSameSizeAs(card.titleLines());
        for (int i = 0; i < tspans.size(); i++) {
            TextLine line = card.titleLines().get(i);
            assertThat(tspans.get(i).getTextContent()).isEqualTo(line.text());
            assertThat(tspans.get(i).getAttribute("x")).isEqualTo(SvgSurface.n(line.x()));
            assertThat(tspans.get(i).getAttribute("y")).isEqualTo(SvgSurface.n(line.baseline()));
        }
        assertThat(text.getAttribute("text-anchor")).isEqualTo("start");
        assertThat(text.getAttribute("font-weight")).isEqualTo("bold");
    }

    @Test
    void hebrewLinesAreAnchoredAtTheirMeasuredMiddleSoViewersIgnoringDirectionPlaceThemToo() throws Exception {
        JourneyMap map = withFirstCardTitle(SampleMaps.hebrew(), HEBREW_TITLE);
        MapLayout layout = engine.layout(map, OPTIONS.layoutOptions());
        CardBox card = card(layout, map.cards().get(0).id());
        assertThat(card.titleLines()).hasSizeGreaterThan(1);

        Element text = paragraphOf(svg(map, layout), card, card.titleLines().get(0));
        assertThat(text.getAttribute("direction")).isEqualTo("rtl");
        assertThat(text.getAttribute("text-anchor")).isEqualTo("middle");
        List<Element> tspans = SvgDocument.elements(text, "tspan");
        for (int i = 0; i < tspans.size(); i++) {
            TextLine line = card.titleLines().get(i);
            assertThat(line.rightToLeft()).isTrue();
            assertThat(tspans.get(i).getAttribute("x")).isEqualTo(SvgSurface.n(line.x() + line.width() / 2));
            assertThat(line.x()).isGreaterThanOrEqualTo(card.bounds().x());
            assertThat(line.x() + line.width()).isLessThanOrEqualTo(card.bounds().maxX());
        }
        // "SMS" first: a left-to-right paragraph would put it on the left, so the line carries an embedding.
        assertThat(tspans.get(0).getTextContent()).isEqualTo("\u202B" + card.titleLines().get(0).text() + "\u202C");
    }

    @Test
    void aTitleWithCharactersXmlCannotHoldStillGivesAReadableSvg() throws Exception {
        // Pasted text can carry a lone half of an emoji or a control character; either made the file unreadable.
        JourneyMap map = withFirstCardTitle(SampleMaps.english(), "Broken \ud83d paste \u0007 here 😀");
        MapLayout layout = engine.layout(map, OPTIONS.layoutOptions());

        String text = SvgExporter.toSvg(layout, false, map.language(), map.title());

        assertThat(SvgDocument.parse(text)).as("an XML parser reads it").isNotNull();
        assertThat(text).contains("😀").doesNotContain("\ud83d paste").doesNotContain("\u0007");
    }

    @Test
    void aHebrewLineThatReadsTheSameEitherWayCarriesNoInvisibleMarks() {
        assertThat(SvgLinePlacement.embedded("פוסט ממומן באינסטגרם")).isEqualTo("פוסט ממומן באינסטגרם");
        assertThat(SvgLinePlacement.embedded("מה קורה?")).isEqualTo("\u202Bמה קורה?\u202C");
        assertThat(SvgLinePlacement.embedded("120 ₪ לארגז")).isEqualTo("\u202B120 ₪ לארגז\u202C");
    }

    @Test
    void noLineOrRectangleIsDrawnTwice() throws Exception {
        for (JourneyMap map : TestMaps.all()) {
            MapLayout layout = engine.layout(map, OPTIONS.layoutOptions());
            SvgDocument svg = svg(map, layout);
            for (String shape : List.of("line", "rect")) {
                Set<String> seen = new HashSet<>();
                for (Element e : svg.elements(shape)) {
                    assertThat(seen.add(attributes(e))).as("%s: <%s %s> twice", map.title(), shape, attributes(e))
                            .isTrue();
                }
            }
        }
    }

    private static String attributes(Element e) {
        NamedNodeMap map = e.getAttributes();
        List<String> list = new ArrayList<>();
        for (int i = 0; i < map.getLength(); i++) {
            Attr a = (Attr) map.item(i);
            list.add(a.getName() + "=" + a.getValue());
        }
        return list.stream().sorted().collect(Collectors.joining(" "));
    }

    private static JourneyMap withFirstCardTitle(JourneyMap map, String title) {
        List<Card> cards = new ArrayList<>(map.cards());
        cards.set(0, cards.get(0).withTitle(title));
        return map.withCards(cards);
    }

    private static CardBox card(MapLayout layout, String id) {
        return layout.cards().stream().filter(c -> c.cardId().equals(id)).findFirst().orElseThrow();
    }

    private static SvgDocument svg(JourneyMap map, MapLayout layout) throws Exception {
        return SvgDocument.parse(SvgExporter.toSvg(layout, false, map.language(), map.title()));
    }

    /** The {@code <text>} in the card's group whose first line is this one. */
    private static Element paragraphOf(SvgDocument svg, CardBox card, TextLine first) {
        Element group = svg.group("card-" + card.cardId());
        return SvgDocument.elements(group, "text").stream()
                .filter(t -> SvgDocument.withoutMarks(SvgDocument.lineElements(t).get(0).getTextContent())
                        .equals(first.text()))
                .findFirst().orElseThrow();
    }
}
