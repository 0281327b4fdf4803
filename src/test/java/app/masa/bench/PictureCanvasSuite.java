package app.masa.bench;

import static app.masa.bench.FxBench.onFx;
import static app.masa.bench.FxBench.percentile;
import static app.masa.bench.FxBench.startToolkit;

import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.PersonaPhoto;
import app.masa.model.Picture;
import app.masa.model.sample.MapGenerator;
import app.masa.ui.canvas.MapCanvas;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The canvas with 200 pictures (each a different 1,600 × 1,200 photo-like JPEG, as Masa embeds
 * them) on a map of 1,000 cards, against the same map without pictures in the same run: the first
 * frame, then pan and zoom frames, which must stay within the canvas's frame targets.
 */
final class PictureCanvasSuite implements BenchSuite {
    private static final int PICTURES = 200;

    @Override
    public String title() {
        return "Canvas with 200 pictures (1,000 cards, headless)";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        startToolkit();
        JourneyFile plain = MapGenerator.generate(5, 12, 8, 1000);
        JourneyFile pictured = withPictures(plain);
        onFx(() -> CanvasSuite.firstFrame(MapGenerator.generate(3, 4, 4, 200)));
        double plainFirst = onFx(() -> CanvasSuite.firstFrame(plain));
        double first = onFx(() -> CanvasSuite.firstFrame(pictured));
        List<BenchRow> rows = new ArrayList<>();
        rows.add(new BenchRow("pictures", "time to first frame, 200 pictures (ms)", fmt(first), "≤ 1000",
                first <= 1000, "without pictures " + fmt(plainFirst) + " ms in the same run; pictures decode in the "
                        + "background and appear as each is ready"));
        double[][] plainFrames = frames(plain);
        double[][] picturedFrames = frames(pictured);
        String[] names = {"pan", "zoom"};
        for (int g = 0; g < 2; g++) {
            for (int p : new int[] {50, 99}) {
                double value = percentile(picturedFrames[g], p);
                double base = percentile(plainFrames[g], p);
                double target = p == 50 ? 8 : 16;
                rows.add(new BenchRow("pictures", names[g] + " frame, " + (p == 50 ? "median" : "99th percentile")
                        + " (ms)", fmt(value), "≤ " + (int) target, value <= target,
                        "without pictures " + fmt(base) + " ms (" + fmt2(value / base) + "×); after a warm-up pass"));
            }
        }
        return rows;
    }

    /** Pan then zoom frames after one pass of each, as the canvas suite measures them. */
    private static double[][] frames(JourneyFile file) throws Exception {
        MapCanvas canvas = onFx(() -> CanvasSuite.shown(file));
        onFx(() -> CanvasSuite.panFrames(canvas));
        onFx(() -> CanvasSuite.zoomFrames(canvas));
        double[] pan = onFx(() -> CanvasSuite.panFrames(canvas));
        double[] zoom = onFx(() -> CanvasSuite.zoomFrames(canvas));
        return new double[][] {pan, zoom};
    }

    /** Every fifth card of the map gets a picture of its own. */
    private static JourneyFile withPictures(JourneyFile file) throws IOException {
        JourneyMap map = file.maps().get(0);
        List<Card> cards = new ArrayList<>(map.cards());
        int step = cards.size() / PICTURES;
        for (int i = 0; i < PICTURES; i++) {
            cards.set(i * step, cards.get(i * step).withPicture(Picture.of(PersonaPhoto.dataUri("image/jpeg", photo(i)))));
        }
        return file.withMap(map.withCards(cards));
    }

    private static byte[] photo(int seed) throws IOException {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xffffff)), 1600, 1200,
                new Color(random.nextInt(0xffffff))));
        g.fillRect(0, 0, 1600, 1200);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillOval(random.nextInt(1600), random.nextInt(1200), 50 + random.nextInt(400), 50 + random.nextInt(400));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    private static String fmt2(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }
}
