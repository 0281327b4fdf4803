package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.model.Card;
import app.masa.model.Direction;
import app.masa.model.JourneyMap;
import app.masa.model.Metrics;
import app.masa.model.Nps;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsLaneLayoutTest {
    private final LayoutEngine engine = new LayoutEngine();

    /** Reach and conversions on two touchpoints of "Consideration" and one of "Purchase"; NPS on "Consideration". */
    private static JourneyMap withFigures(JourneyMap map) {
        List<Card> cards = new ArrayList<>();
        for (Card c : map.cards()) {
            Metrics m = switch (c.id()) {
                case "c2" -> Metrics.EMPTY.withReach(1200L).withConversions(60L);
                case "c3" -> Metrics.EMPTY.withReach(800L).withConversions(40L);
                case "c4" -> Metrics.EMPTY.withReach(300L);
                default -> c.metrics();
            };
            cards.add(c.withMetrics(m));
        }
        List<Stage> stages = new ArrayList<>();
        for (Stage s : map.stages()) {
            stages.add(s.id().equals("s2") ? s.withNps(Nps.of(50, 30, 20)) : s);
        }
        return map.withCards(cards).withStages(stages);
    }

    @Test
    void offByDefaultTheLanesStartRightUnderTheStageHeaders() {
        MapLayout layout = engine.layout(withFigures(SampleMaps.english()), LayoutOptions.canvas());
        assertThat(LayoutOptions.canvas().metricsLane()).isFalse();
        assertThat(layout.metricsBand()).isNull();
        assertThat(layout.lanes().get(0).band().y()).isEqualTo(layout.stages().get(0).header().maxY());
    }

    @Test
    void theLaneSumsEachStagesTouchpointsAndShowsItsRateAndNps() {
        JourneyMap map = withFigures(SampleMaps.english());
        MapLayout plain = engine.layout(map, LayoutOptions.canvas());
        MapLayout layout = engine.layout(map, LayoutOptions.canvas().withMetricsLane(true));
        MetricsBand band = layout.metricsBand();
        assertThat(band).isNotNull();
        assertThat(band.band().y()).isEqualTo(layout.stages().get(0).header().maxY());
        assertThat(layout.lanes().get(0).band().y()).isCloseTo(band.band().maxY(), within(1e-6));
        assertThat(layout.height()).isGreaterThan(plain.height());
        assertThat(band.cells()).extracting(MetricsBand.Cell::stageId).containsExactly("s1", "s2", "s3", "s4", "s5");

        assertThat(texts(band, "s2")).containsExactly("Reach 2,000", "Conversions 100", "Conversion rate 5.0%",
                "NPS +30");
        assertThat(texts(band, "s3")).containsExactly("Reach 300", "Conversions –", "Conversion rate –", "NPS –");
        for (MetricsBand.Cell cell : band.cells()) {
            StageBox stage = layout.stages().stream().filter(s -> s.stageId().equals(cell.stageId())).findFirst()
                    .orElseThrow();
            assertThat(cell.bounds().x()).isEqualTo(stage.header().x());
            for (TextLine line : cell.lines()) {
                assertThat(line.x()).isGreaterThanOrEqualTo(cell.bounds().x());
                assertThat(line.x() + line.width()).isLessThanOrEqualTo(cell.bounds().maxX());
                assertThat(line.baseline()).isBetween(cell.bounds().y(), cell.bounds().maxY());
            }
        }
        assertThat(band.titleLines()).extracting(TextLine::text).containsExactly("Figures");
    }

    @Test
    void inHebrewTheNumbersAreTheLanguagesAndTheLaneIsTheMirrorImage() {
        JourneyMap ltr = withFigures(SampleMaps.english());
        LayoutOptions options = LayoutOptions.canvas().withMetricsLane(true);
        MapLayout a = engine.layout(ltr, options);
        MapLayout b = engine.layout(ltr.withDirection(Direction.RTL), options);
        assertThat(b.width()).isEqualTo(a.width());
        assertMirrored(a.metricsBand().band(), b.metricsBand().band(), a.width());
        assertMirrored(a.metricsBand().header(), b.metricsBand().header(), a.width());
        for (int i = 0; i < a.metricsBand().cells().size(); i++) {
            assertMirrored(a.metricsBand().cells().get(i).bounds(), b.metricsBand().cells().get(i).bounds(), a.width());
        }
        for (int i = 0; i < a.lanes().size(); i++) {
            assertMirrored(a.lanes().get(i).band(), b.lanes().get(i).band(), a.width());
        }
        // Each line hugs the reading start of its cell: the right edge in a right-to-left map.
        MetricsBand.Cell rtlCell = b.metricsBand().cells().get(1);
        double pad = b.style().metrics().cellPadding();
        for (TextLine line : rtlCell.lines()) {
            assertThat(line.x() + line.width()).isCloseTo(rtlCell.bounds().maxX() - pad, within(1e-6));
        }

        JourneyMap hebrew = withFigures(SampleMaps.hebrew());
        MapLayout he = engine.layout(hebrew, options);
        assertThat(texts(he.metricsBand(), "s2")).containsExactly("חשיפה 1,200", "המרות 60", "שיעור המרה 5.0%",
                "NPS +30");
        assertThat(he.metricsBand().titleLines()).extracting(TextLine::text).containsExactly("מדדים");
    }

    private static List<String> texts(MetricsBand band, String stageId) {
        return band.cells().stream().filter(c -> c.stageId().equals(stageId)).findFirst().orElseThrow().lines()
                .stream().map(TextLine::text).toList();
    }

    private static void assertMirrored(Rect ltr, Rect rtl, double width) {
        assertThat(rtl.x()).isCloseTo(width - ltr.maxX(), within(1e-6));
        assertThat(rtl.y()).isCloseTo(ltr.y(), within(1e-6));
        assertThat(rtl.width()).isCloseTo(ltr.width(), within(1e-6));
        assertThat(rtl.height()).isCloseTo(ltr.height(), within(1e-6));
    }
}
