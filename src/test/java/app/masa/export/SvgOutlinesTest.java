package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.layout.CardBox;
import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.layout.SampleMaps;
import app.masa.layout.TextLine;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgOutlinesTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22))
            .withTextAsOutlines(true);
    private static final Pattern POINT = Pattern.compile("(-?[0-9.]+),(-?[0-9.]+)");
    private final LayoutEngine engine = new LayoutEngine();

    @Test
    void askedForOutlinesEveryLineIsAShapeWhereTheLayoutMeasuredItAndNoFontIsEmbedded() throws Exception {
        for (JourneyMap map : List.of(SampleMaps.hebrew(), SampleMaps.english())) {
            Path file = TestMaps.tempDir().resolve("outlines-" + map.language() + ".svg");
            new SvgExporter().export(List.of(map), OPTIONS, file, ExportProgress.NONE);
            SvgDocument svg = SvgDocument.parse(Files.readString(file));
            assertThat(svg.elements("text")).as(map.language()).isEmpty();
            assertThat(svg.elements("style")).isEmpty();

            MapLayout layout = engine.layout(map, OPTIONS.layoutOptions());
            for (CardBox card : layout.cards()) {
                TextLine title = card.titleLines().get(0);
                Element path = textPath(svg, card, title);
                double[] xs = horizontalExtent(path.getAttribute("d"));
                // The ink of a line starts and ends within a fraction of a letter of the measured advance.
                assertThat(xs[0]).as(title.text()).isCloseTo(title.x(), within(1.5));
                assertThat(xs[1]).as(title.text()).isCloseTo(title.x() + title.width(), within(1.5));
                assertThat(xs[0]).isGreaterThanOrEqualTo(card.bounds().x());
                assertThat(xs[1]).isLessThanOrEqualTo(card.bounds().maxX());
            }
        }
    }

    @Test
    void aLineWithACharacterTheFontLacksStaysTextForTheViewersFallbackFont() throws Exception {
        JourneyMap english = SampleMaps.english();
        List<Card> cards = new ArrayList<>(english.cards());
        cards.set(0, cards.get(0).withTitle("Tomatoes \u756A\u8304"));
        JourneyMap map = english.withCards(cards);
        SvgDocument svg = SvgDocument.parse(SvgExporter.toSvg(engine.layout(map, OPTIONS.layoutOptions()), false,
                "en", map.title(), true));
        assertThat(svg.lines()).containsExactly("Tomatoes \u756A\u8304");
        assertThat(svg.elements("style")).hasSize(1);
    }

    private static Element textPath(SvgDocument svg, CardBox card, TextLine first) {
        return SvgDocument.elements(svg.group("card-" + card.cardId()), "path").stream()
                .filter(p -> p.getAttribute("class").equals("text") && p.getAttribute("aria-label").startsWith(first.text()))
                .findFirst().orElseThrow(() -> new AssertionError("no outlines for " + first.text()));
    }

    /** The smallest and largest x of the path's first line of glyphs (points above the next baseline). */
    private static double[] horizontalExtent(String d) {
        Matcher m = POINT.matcher(d);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        Double firstY = null;
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            firstY = firstY == null ? y : firstY;
            if (Math.abs(y - firstY) < 12) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        return new double[] {min, max};
    }
}
