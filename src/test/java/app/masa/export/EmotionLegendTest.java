package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.CurveBox;
import app.masa.layout.CurveLine;
import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.layout.MapPainter;
import app.masa.layout.StageBox;
import app.masa.layout.TextLine;
import app.masa.layout.TextRecorder;
import app.masa.model.JourneyMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every line of an emotion lane that draws more than one is named in a legend, in the map's language. */
class EmotionLegendTest {
    private final LayoutEngine engine = new LayoutEngine();

    @Test
    void everyLineOfEveryTemplatesEmotionLaneHasALegendEntryThatIsPainted() {
        int branchesSeen = 0;
        for (JourneyMap map : TestMaps.templates()) {
            MapLayout layout = engine.layout(map, LayoutOptions.canvas());
            TextRecorder painted = new TextRecorder();
            MapPainter.paint(layout, painted);
            for (CurveBox curve : layout.curves()) {
                int lines = 1 + (curve.expectedPoints().isEmpty() ? 0 : 1) + curve.branches().size();
                if (lines == 1) {
                    continue;
                }
                String name = map.title() + " (" + map.language() + ")";
                assertThat(curve.legend()).as(name).hasSize(lines);
                assertThat(curve.legendSamples()).as(name).hasSize(2 * lines);
                assertThat(Collections.frequency(curve.legendLines(), CurveLine.BRANCH)).as(name)
                        .isEqualTo(curve.branches().size());
                assertThat(curve.legendLines().get(0)).isEqualTo(CurveLine.EXPERIENCED);
                assertThat(painted.texts()).as(name).containsAll(curve.legend().stream().map(TextLine::text).toList());
                for (int i = 0; i < curve.legend().size(); i++) {
                    TextLine label = curve.legend().get(i);
                    double from = Math.min(label.x(), curve.legendSamples().get(2 * i).x());
                    double to = Math.max(label.x() + label.width(), curve.legendSamples().get(2 * i + 1).x());
                    for (StageBox stage : layout.stages()) {
                        for (double edge : new double[] {stage.column().x(), stage.column().maxX()}) {
                            assertThat(edge > from && edge < to).as("%s: '%s' crosses a stage edge", name, label.text())
                                    .isFalse();
                        }
                    }
                }
                branchesSeen += curve.branches().size();
            }
        }
        assertThat(branchesSeen).as("some template branches, or this test proves nothing").isGreaterThan(0);
    }

    @Test
    void theBranchLegendIsInTheMapsLanguageInTheExportedSvg() throws Exception {
        Path dir = TestMaps.tempDir();
        for (JourneyMap map : TestMaps.templates()) {
            MapLayout layout = engine.layout(map, LayoutOptions.canvas());
            if (layout.curves().stream().allMatch(c -> c.branches().isEmpty())) {
                continue;
            }
            Path svg = dir.resolve("legend-" + map.id() + "-" + map.language() + ".svg");
            new SvgExporter().export(List.of(map), ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22)), svg,
                    ExportProgress.NONE);
            String text = Files.readString(svg);
            assertThat(text).as(map.language()).contains(map.language().equals("he") ? "דרך אחרת: " : "Other way: ");
            assertThat(text).contains(map.language().equals("he") ? "החוויה בפועל" : "Experienced");
        }
    }
}
