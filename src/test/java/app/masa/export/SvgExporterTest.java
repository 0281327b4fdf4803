package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.layout.SampleMaps;
import app.masa.model.JourneyMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExporterTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22));
    private final Path dir = TestMaps.tempDir();

    @Test
    void everyTemplateExportsAsWellFormedSvgWithEveryTitleAsText() throws Exception {
        LayoutEngine engine = new LayoutEngine();
        for (JourneyMap map : TestMaps.all()) {
            Path svg = dir.resolve(map.id() + "-" + map.language() + ".svg");
            new SvgExporter().export(List.of(map), OPTIONS, svg, ExportProgress.NONE);
            List<String> texts = SvgDocument.parse(Files.readString(svg)).lines();
            MapLayout layout = engine.layout(map, OPTIONS.layoutOptions());
            assertThat(texts).as(map.title()).containsAll(TestMaps.titleLines(layout));
            assertThat(String.join(" ", texts)).contains(map.title());
        }
    }

    @Test
    void eachStageAndEachLaneIsItsOwnGroupAndTheFontIsNamedWithAFallback() throws Exception {
        JourneyMap map = SampleMaps.hebrew();
        Path svg = dir.resolve("groups.svg");
        new SvgExporter().export(List.of(map), OPTIONS, svg, ExportProgress.NONE);
        Document document = parse(svg);
        List<String> stages = new ArrayList<>();
        List<String> lanes = new ArrayList<>();
        NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("stage")) {
                stages.add(g.getAttribute("data-id"));
            } else if (g.getAttribute("class").equals("lane")) {
                lanes.add(g.getAttribute("data-id"));
            }
        }
        assertThat(stages).containsExactly("s1", "s2", "s3", "s4", "s5");
        assertThat(lanes).containsExactly("l1", "l2", "l3", "l4");
        assertThat(document.getDocumentElement().getAttribute("font-family")).isEqualTo("'Rubik', sans-serif");
        assertThat(document.getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("he");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .isEqualTo("הזמנת ירקות באונליין");
        Element title = (Element) document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0);
        assertThat(title.getTextContent()).isEqualTo("הזמנת ירקות באונליין");
        assertThat(title.getAttribute("direction")).isEqualTo("rtl");
    }

    @Test
    void textThatLooksLikeMarkupStaysText() throws Exception {
        JourneyMap map = SampleMaps.english().withTitle("Q&A <b>\"tags\"</b> \u0001");
        Path svg = dir.resolve("escape.svg");
        new SvgExporter().export(List.of(map), OPTIONS, svg, ExportProgress.NONE);
        Document document = parse(svg);
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0).getTextContent())
                .isEqualTo("Q&A <b>\"tags\"</b>");
    }

    @Test
    void severalMapsBecomeNumberedFiles() throws Exception {
        Path svg = dir.resolve("plan.svg");
        new SvgExporter().export(List.of(SampleMaps.english(), SampleMaps.hebrew()), OPTIONS, svg, ExportProgress.NONE);
        assertThat(Files.readString(svg)).contains("Ordering vegetables online");
        assertThat(Files.readString(dir.resolve("plan-2.svg"))).contains("הזמנת ירקות באונליין");
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }
}
