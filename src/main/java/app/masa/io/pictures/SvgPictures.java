package app.masa.io.pictures;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rasterises an SVG drawing with JSVG (decision 0027). Nothing it names outside itself is loaded
 * (no fonts, pictures or documents from disk or the network), and the element counts are bounded,
 * so a hostile drawing costs bounded time and memory.
 */
final class SvgPictures {
    private static final DocumentLimits LIMITS = new DocumentLimits(30, 10, 20_000);
    private static final float FALLBACK_SIDE = 800;

    private SvgPictures() {
    }

    /** Whether the bytes look like an SVG drawing (XML naming an svg element near its start). */
    static boolean isSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        return (head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--")
                || head.startsWith("<!DOCTYPE")) && head.contains("<svg");
    }

    static BufferedImage rasterise(byte[] bytes, int side) throws PictureException {
        SVGDocument document;
        try {
            LoaderContext context = LoaderContext.builder()
                    .externalResourcePolicy(ResourcePolicy.DENY_ALL)
                    .documentLimits(LIMITS)
                    .build();
            document = new SVGLoader().load(new ByteArrayInputStream(bytes), null, context);
        } catch (RuntimeException e) {
            throw new PictureException("picture.import.unreadable");
        }
        if (document == null) {
            throw new PictureException("picture.import.unreadable");
        }
        FloatSize size = document.size();
        float w = size.width > 0 && Float.isFinite(size.width) ? size.width : FALLBACK_SIDE;
        float h = size.height > 0 && Float.isFinite(size.height) ? size.height : FALLBACK_SIDE;
        double scale = side / (double) Math.max(w, h);
        int pw = Math.max(1, (int) Math.round(w * scale));
        int ph = Math.max(1, (int) Math.round(h * scale));
        BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.render((Component) null, g, new ViewBox(0, 0, pw, ph));
        } catch (RuntimeException e) {
            throw new PictureException("picture.import.unreadable");
        } finally {
            g.dispose();
        }
        return image;
    }
}
