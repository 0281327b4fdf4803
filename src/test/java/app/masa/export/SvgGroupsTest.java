package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.CardBox;
import app.masa.layout.ConnectionBox;
import app.masa.layout.Group;
import app.masa.layout.LaneBox;
import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.layout.SampleMaps;
import app.masa.layout.StageBox;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgGroupsTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22));
    private final LayoutEngine engine = new LayoutEngine();

    @Test
    void everyStageLaneCardAndConnectionIsAGroupWithAnIdAndATitle() throws Exception {
        int connectionsWithLabels = 0;
        for (JourneyMap map : TestMaps.all()) {
            MapLayout layout = engine.layout(map, OPTIONS.layoutOptions());
            SvgDocument svg = SvgDocument.parse(SvgExporter.toSvg(layout, false, map.language(), map.title()));
            for (StageBox stage : layout.stages()) {
                assertGroup(svg, "stage-" + stage.stageId(), "stage", stage.stageId());
            }
            for (LaneBox lane : layout.lanes()) {
                assertGroup(svg, "lane-" + lane.laneId(), "lane", lane.laneId());
            }
            for (CardBox card : layout.cards()) {
                Element g = assertGroup(svg, "card-" + card.cardId(), "card", card.cardId());
                assertThat(((Element) g.getParentNode()).getAttribute("id")).isEqualTo("lane-" + card.laneId());
            }
            for (ConnectionBox c : layout.connections()) {
                Element g = svg.group("connection-" + c.connectionId());
                assertThat(g).as(c.connectionId()).isNotNull();
                if (c.label() != null) {
                    assertThat(SvgDocument.title(g)).isEqualTo(c.label().text());
                    connectionsWithLabels++;
                }
            }
        }
        assertThat(connectionsWithLabels).as("some labelled connections, or the title check proves nothing")
                .isPositive();
    }

    @Test
    void everyIdInTheDocumentIsUniqueAndAValidXmlName() throws Exception {
        for (JourneyMap map : TestMaps.all()) {
            String svg = SvgExporter.toSvg(engine.layout(map, OPTIONS.layoutOptions()), false, map.language(),
                    map.title());
            List<String> ids = new ArrayList<>();
            for (Element g : SvgDocument.parse(svg).elements("g")) {
                ids.add(g.getAttribute("id"));
            }
            assertThat(ids).as(map.title()).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Za-z][A-Za-z0-9._-]*"));
        }
    }

    @Test
    void oddElementIdsBecomeSafeAndRepeatsGetANumber() {
        SvgIds ids = new SvgIds();
        assertThat(ids.of(new Group(Group.Role.CARD, "a b<\"c\">&ד", ""))).isEqualTo("card-a_b__c____");
        assertThat(ids.of(new Group(Group.Role.CARD, "a b<\"c\">&ד", ""))).isEqualTo("card-a_b__c____-2");
        assertThat(ids.of(new Group(Group.Role.CURVE, "l1", ""))).isEqualTo("curve-l1");
        assertThat(ids.of(new Group(Group.Role.GUIDES, "", ""))).isEqualTo("guides");
    }

    @Test
    void aCardsTitleNamesItAndMarkupInItStaysText() throws Exception {
        JourneyMap english = SampleMaps.english();
        List<Card> cards = new ArrayList<>(english.cards());
        cards.set(0, cards.get(0).withTitle("<i>Q</i> & \"A\"").withBody("Body & <b>soul</b>"));
        JourneyMap map = english.withCards(cards);
        String svg = SvgExporter.toSvg(engine.layout(map, OPTIONS.layoutOptions()), false, map.language(), map.title());
        assertThat(svg).doesNotContain("<i>").doesNotContain("<b>");
        Element card = SvgDocument.parse(svg).group("card-" + cards.get(0).id());
        assertThat(SvgDocument.title(card)).isEqualTo("<i>Q</i> & \"A\" \u2014 Body & <b>soul</b>");
        Set<String> lines = new HashSet<>();
        SvgDocument.elements(card, "text").forEach(t -> SvgDocument.lineElements(t).forEach(l -> lines.add(l.getTextContent())));
        assertThat(String.join(" ", lines)).contains("<b>soul</b>");
    }

    private static Element assertGroup(SvgDocument svg, String id, String role, String elementId) {
        Element g = svg.group(id);
        assertThat(g).as(id).isNotNull();
        assertThat(g.getAttribute("class")).isEqualTo(role);
        assertThat(g.getAttribute("data-id")).isEqualTo(elementId);
        assertThat(SvgDocument.title(g)).as("title of " + id).isNotBlank();
        return g;
    }
}
