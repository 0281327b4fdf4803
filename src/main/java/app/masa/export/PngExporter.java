package app.masa.export;

import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyMap;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes each map as a PNG image for slides, painted with Java2D from the same layout as the canvas
 * and the PDF: 1×, 2×, 3× or a DPI value, white or transparent. The image is rendered and written
 * band by band. Several maps make several files (plan.png, plan-2.png…).
 */
public final class PngExporter implements MapExporter {
    private final LayoutEngine engine;

    public PngExporter() {
        this(new LayoutEngine());
    }

    public PngExporter(LayoutEngine engine) {
        this.engine = engine;
    }

    @Override
    public void export(List<JourneyMap> maps, ExportOptions options, Path target, ExportProgress progress)
            throws IOException, ExportCancelledException {
        double scale = options.pixelScale();
        for (int i = 0; i < maps.size(); i++) {
            progress.checkCancelled();
            MapLayout layout = ExportLinks.marked(engine.layout(maps.get(i), options.layoutOptions()), maps.get(i), maps);
            int w = MapImages.width(layout, scale);
            int h = MapImages.height(layout, scale);
            double done = (double) i / maps.size();
            AtomicOutput.write(OutputFiles.numbered(target, i), out -> {
                int[] written = {0};
                try (PngStreamWriter png = new PngStreamWriter(out, w, h, options.transparent(), 72 * scale)) {
                    MapImages.renderInBands(layout, scale, options.transparent(), (argb, rows) -> {
                        if (progress.cancelled().getAsBoolean()) {
                            throw new CancelledWhileWriting();
                        }
                        png.writeRows(argb, rows);
                        written[0] += rows;
                        progress.report(done + (double) written[0] / h / maps.size());
                    });
                } catch (CancelledWhileWriting e) {
                    throw new ExportCancelledException();
                }
            });
            progress.report((i + 1.0) / maps.size());
        }
    }

    /** The map as one image, the same pixels the PNG file holds. */
    public static BufferedImage render(MapLayout layout, ExportOptions options) {
        return MapImages.render(layout, options.pixelScale(), options.transparent());
    }

    /** Carries a cancel out of the row callback, which may only throw I/O errors. */
    private static final class CancelledWhileWriting extends IOException {
        CancelledWhileWriting() {
            super("cancelled");
        }
    }
}
