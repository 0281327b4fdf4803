package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.analysis.report.Report;
import app.masa.analysis.report.ReportBuilder;
import app.masa.analysis.report.ReportSection;
import app.masa.export.SvgExporter;
import app.masa.model.Card;
import app.masa.model.Evidence;
import app.masa.model.JourneyMap;
import app.masa.model.MetricSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An assumption is told apart without colour on every surface, and counted per stage in the report. */
class EvidenceLayoutTest {
    private final LayoutEngine engine = new LayoutEngine();

    private static JourneyMap marked(JourneyMap map) {
        List<Card> cards = new ArrayList<>(map.cards());
        cards.set(0, cards.get(0).withEvidence(Evidence.assumption()));
        cards.set(1, cards.get(1).withEvidence(Evidence.backedBy(MetricSource.SURVEY, LocalDate.of(2026, 10, 1))));
        return map.withCards(cards);
    }

    @Test
    void anAssumptionWearsItsBadgeAndADashedBorderAndEvidenceNamesItsSource() {
        JourneyMap map = marked(SampleMaps.english());
        MapLayout layout = engine.layout(map, LayoutOptions.canvas());
        CardBox assumption = box(layout, map.cards().get(0).id());
        CardBox backed = box(layout, map.cards().get(1).id());
        CardBox plain = box(layout, map.cards().get(2).id());

        assertThat(assumption.marks().assumption()).isTrue();
        assertThat(assumption.marks().badges()).extracting(CardBadge::kind).contains(CardBadge.Kind.ASSUMPTION);
        assertThat(backed.marks().badges()).filteredOn(b -> b.kind() == CardBadge.Kind.EVIDENCE)
                .singleElement().extracting(b -> b.label().text()).isEqualTo("✓ survey");
        assertThat(plain.marks().assumption()).isFalse();

        String svg = SvgExporter.toSvg(layout, false, "en", map.title());
        assertThat(cardGroup(svg, assumption.cardId())).contains("stroke-dasharray");
        assertThat(cardGroup(svg, plain.cardId())).doesNotContain("stroke-dasharray");
    }

    @Test
    void markingACardAnAssumptionOnAnOpenMapShowsTheBadgeAtOnce() {
        JourneyMap map = SampleMaps.english();
        String id = map.cards().get(0).id();
        assertThat(box(engine.layout(map, LayoutOptions.canvas()), id).marks().badges())
                .extracting(CardBadge::kind).doesNotContain(CardBadge.Kind.ASSUMPTION);

        MapLayout edited = engine.layout(marked(map), LayoutOptions.canvas());

        assertThat(box(edited, id).marks().badges()).extracting(CardBadge::kind).contains(CardBadge.Kind.ASSUMPTION);
    }

    @Test
    void aHebrewMapSaysItInHebrewAndTheReportCountsEachStage() {
        JourneyMap hebrew = marked(SampleMaps.hebrew());
        MapLayout layout = engine.layout(hebrew, LayoutOptions.canvas());
        assertThat(box(layout, hebrew.cards().get(0).id()).marks().badges())
                .filteredOn(b -> b.kind() == CardBadge.Kind.ASSUMPTION).singleElement()
                .extracting(b -> b.label().text()).isEqualTo("? הנחה");

        JourneyMap map = marked(SampleMaps.english());
        Report report = ReportBuilder.build(map, Locale.ENGLISH);
        ReportSection evidence = report.sections().stream()
                .filter(s -> s.heading().equals("Assumptions and evidence by stage")).findFirst().orElseThrow();
        String firstStage = map.stage(map.cards().get(0).stageId()).orElseThrow().name();
        assertThat(evidence.rows()).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo(firstStage);
            assertThat(row.get(4)).contains(map.cards().get(0).title());
        });
        int assumptions = evidence.rows().stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum();
        int backed = evidence.rows().stream().mapToInt(r -> Integer.parseInt(r.get(2))).sum();
        assertThat(assumptions).isEqualTo(1);
        assertThat(backed).isEqualTo(1);
    }

    private static CardBox box(MapLayout layout, String id) {
        return layout.cards().stream().filter(c -> c.cardId().equals(id)).findFirst().orElseThrow();
    }

    /** The markup of one card's group in the SVG. */
    private static String cardGroup(String svg, String cardId) {
        Matcher m = Pattern.compile("<g [^>]*id=\"card-" + Pattern.quote(cardId) + "\"[^>]*>(.*?)</g>",
                Pattern.DOTALL).matcher(svg);
        assertThat(m.find()).as("group of card " + cardId).isTrue();
        return m.group(1);
    }
}
