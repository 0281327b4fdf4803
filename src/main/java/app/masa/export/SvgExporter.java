package app.masa.export;

import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.layout.MapPainter;
import app.masa.model.JourneyMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes each map as an SVG drawing that stays editable: text remains text (or, when asked, the
 * glyphs' outlines), and every stage, lane, card and connection is its own group. Several maps
 * make several files (plan.svg, plan-2.svg…).
 */
public final class SvgExporter implements MapExporter {
    private final LayoutEngine engine;

    public SvgExporter() {
        this(new LayoutEngine());
    }

    public SvgExporter(LayoutEngine engine) {
        this.engine = engine;
    }

    @Override
    public void export(List<JourneyMap> maps, ExportOptions options, Path target, ExportProgress progress)
            throws IOException, ExportCancelledException {
        for (int i = 0; i < maps.size(); i++) {
            progress.checkCancelled();
            JourneyMap map = maps.get(i);
            String svg = toSvg(ExportLinks.marked(engine.layout(map, options.layoutOptions()), map, maps),
                    options.transparent(), map.language(),
                    map.title(), options.textAsOutlines());
            AtomicOutput.write(OutputFiles.numbered(target, i), out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
            progress.report((i + 1.0) / maps.size());
        }
    }

    /** The SVG text of a layout; the language and title are written into the document for readers. */
    public static String toSvg(MapLayout layout, boolean transparent, String language, String title) {
        return toSvg(layout, transparent, language, title, false);
    }

    /** @param textAsOutlines text as glyph shapes, for viewers without fonts; otherwise editable text */
    public static String toSvg(MapLayout layout, boolean transparent, String language, String title,
                               boolean textAsOutlines) {
        SvgSurface surface = new SvgSurface(layout.width(), layout.height(), layout.style().typography(), language,
                title, textAsOutlines);
        MapPainter.paint(layout, surface, !transparent, null);
        return surface.finish();
    }
}
