package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.SampleMaps;
import app.masa.model.JourneyMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfPagePlannerTest {
    private static final ExportOptions TILES = ExportOptions.defaults().withTiles(true)
            .withOrientation(Orientation.PORTRAIT);

    @Test
    void tilesCoverTheWholeMapAndNeighboursOverlap() {
        MapLayout layout = layout(SampleMaps.generated(8, 5, 120, 1));
        List<PdfPage> pages = PdfPagePlanner.plan(layout, TILES);
        assertThat(pages).hasSizeGreaterThan(2);
        for (double x = 0; x < layout.width(); x += 7) {
            for (double y = 0; y < layout.height(); y += 7) {
                double px = x;
                double py = y;
                assertThat(pages).as("(%s, %s) is printed", x, y).anyMatch(p -> p.window().contains(px, py));
            }
        }
        PdfPage first = pages.get(0);
        PdfPage right = pages.stream().filter(p -> p.row() == 1 && p.column() == 2).findFirst().orElseThrow();
        assertThat(first.window().maxX() - right.window().x()).isEqualTo(ExportOptions.TILE_OVERLAP);
        assertThat(pages).allMatch(p -> p.scale() == 1);
    }

    @Test
    void aRightToLeftMapIsTiledFromItsRightEdge() {
        MapLayout layout = layout(SampleMaps.generated(8, 5, 120, 1).withDirection(app.masa.model.Direction.RTL));
        List<PdfPage> pages = PdfPagePlanner.plan(layout, TILES);
        Rect first = pages.get(0).window();
        assertThat(first.maxX()).isEqualTo(layout.width());
        assertThat(pages.get(1).window().x()).isLessThan(first.x());
    }

    @Test
    void onOneSheetTheMapIsScaledToFitInsideTheMargins() {
        MapLayout layout = layout(SampleMaps.english());
        PdfPage page = PdfPagePlanner.plan(layout, ExportOptions.defaults()).get(0);
        assertThat(page.width()).isGreaterThan(page.height());
        assertThat(layout.width() * page.scale()).isLessThanOrEqualTo(page.frame().width() + 1e-6);
        assertThat(layout.height() * page.scale()).isLessThanOrEqualTo(page.frame().height() + 1e-6);
        assertThat(page.originX()).isGreaterThanOrEqualTo(page.frame().x());
    }

    private static MapLayout layout(JourneyMap map) {
        return new LayoutEngine().layout(map, ExportOptions.defaults().layoutOptions());
    }
}
