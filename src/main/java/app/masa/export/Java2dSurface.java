package app.masa.export;

import app.masa.layout.FontRole;
import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.layout.TextLine;
import app.masa.layout.Typography;
import app.masa.layout.ImageFit;
import java.awt.BasicStroke;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.text.AttributedString;
import java.util.EnumMap;
import java.util.Map;

/** Paints on a Java2D graphics context (an image, headless): the PNG writer's surface. */
public final class Java2dSurface implements Surface {
    private final Graphics2D g;
    private final Map<FontRole, Font> fonts = new EnumMap<>(FontRole.class);

    public Java2dSurface(Graphics2D g, Typography typography) {
        this.g = g;
        for (FontRole role : FontRole.values()) {
            fonts.put(role, AwtFonts.of(typography.face(role), typography.size(role)));
        }
    }

    @Override
    public void fillRect(Rect r, double radius, Rgba fill) {
        g.setColor(color(fill));
        g.fill(shape(r, radius));
    }

    @Override
    public void strokeRect(Rect r, double radius, Stroke stroke) {
        apply(stroke);
        g.draw(shape(r, radius));
    }

    @Override
    public void strokeLine(Point from, Point to, Stroke stroke) {
        apply(stroke);
        g.draw(new Line2D.Double(from.x(), from.y(), to.x(), to.y()));
    }

    @Override
    public void fillPath(PathShape path, Rgba fill) {
        g.setColor(color(fill));
        g.fill(path(path));
    }

    @Override
    public void strokePath(PathShape path, Stroke stroke) {
        apply(stroke);
        g.draw(path(path));
    }

    @Override
    public void image(Rect r, byte[] imageBytes, double focusX, double focusY) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(imageBytes));
        } catch (IOException e) {
            return;
        }
        if (image == null) {
            return;
        }
        Rect src = ImageFit.cover(image.getWidth(), image.getHeight(), r, focusX, focusY);
        Object hint = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, (int) Math.round(r.x()), (int) Math.round(r.y()), (int) Math.round(r.maxX()),
                (int) Math.round(r.maxY()), (int) src.x(), (int) src.y(), (int) src.maxX(), (int) src.maxY(), null);
        if (hint != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, hint);
        }
    }

    @Override
    public void fillCircle(Point c, double radius, Rgba fill) {
        g.setColor(color(fill));
        g.fill(new Ellipse2D.Double(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void text(TextLine line, Rgba color) {
        if (line.text().isEmpty()) {
            return;
        }
        g.setColor(color(color));
        Font font = fonts.get(line.role());
        if (!line.rightToLeft() && !hasRightToLeft(line.text())) {
            g.setFont(font);
            g.drawString(line.text(), (float) line.x(), (float) line.baseline());
            return;
        }
        // Mixed or right-to-left text: let TextLayout apply the bidi algorithm with the line's own direction.
        AttributedString s = new AttributedString(line.text());
        s.addAttribute(TextAttribute.FONT, font);
        s.addAttribute(TextAttribute.RUN_DIRECTION,
                line.rightToLeft() ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        TextLayout layout = new TextLayout(s.getIterator(), g.getFontRenderContext());
        double x = line.rightToLeft() ? line.x() + line.width() - layout.getAdvance() : line.x();
        layout.draw(g, (float) x, (float) line.baseline());
    }

    static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    private void apply(Stroke stroke) {
        g.setColor(color(stroke.color()));
        g.setStroke(stroke.dashed()
                ? new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        toFloats(stroke.dashes()), 0f)
                : new BasicStroke((float) stroke.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    private static float[] toFloats(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    private static java.awt.Shape shape(Rect r, double radius) {
        return radius <= 0
                ? new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height())
                : new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * radius, 2 * radius);
    }

    static Path2D path(PathShape path) {
        Path2D.Double p = new Path2D.Double();
        for (PathShape.Segment s : path.segments()) {
            switch (s.kind()) {
                case MOVE -> p.moveTo(s.points().get(0).x(), s.points().get(0).y());
                case LINE -> p.lineTo(s.points().get(0).x(), s.points().get(0).y());
                case CUBIC -> p.curveTo(s.points().get(0).x(), s.points().get(0).y(), s.points().get(1).x(),
                        s.points().get(1).y(), s.points().get(2).x(), s.points().get(2).y());
                case CLOSE -> p.closePath();
            }
        }
        return p;
    }

    private static Color color(Rgba c) {
        return new Color(c.r(), c.g(), c.b(), c.a());
    }
}
