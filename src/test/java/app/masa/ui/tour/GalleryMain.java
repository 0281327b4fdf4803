package app.masa.ui.tour;

import app.masa.i18n.Messages;
import app.masa.ui.files.DocumentSources;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.text.BundledFonts;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Pictures of every window of the tour in English and Hebrew, as the screen shows them (window
 * manager frames included), written as PNG files to the folder given; run by {@code tools/gallery}
 * on a virtual display with a window manager.
 */
public final class GalleryMain {
    /** Time for the window manager to frame and place a window before its picture is taken. */
    private static final long SETTLE_MILLIS = 900;

    private GalleryMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/gallery");
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        TourDriver.onFx(() -> {
            BundledFonts.load();
            return null;
        });
        int problems = 0;
        for (String language : List.of("en", "he")) {
            problems += tour(language, out);
        }
        System.out.println(problems == 0 ? "no problems found" : problems + " problems found");
        Platform.exit();
        System.exit(0);
    }

    private static int tour(String language, Path out) throws Exception {
        Preferences node = Preferences.userRoot().node("/app/masa/gallery/" + UUID.randomUUID());
        MainWindow main = TourDriver.onFx(() -> {
            Messages.setLocale(Locale.forLanguageTag(language));
            DocumentSources sources = DocumentSources.builtIn();
            try {
                DocumentSession session = new DocumentSession(sources.create("organic-grocer", language), null);
                MainWindow window = new MainWindow(new Stage(), session, new ShellPreferences(node), sources);
                window.show();
                return window;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        int problems = 0;
        for (WindowTour.Step step : WindowTour.steps()) {
            Window window = TourDriver.open(main, step);
            // The first window of a run also waits for JavaFX's first rendering work to finish.
            Thread.sleep("main".equals(step.name()) ? 4 * SETTLE_MILLIS : SETTLE_MILLIS);
            List<String> found = TourDriver.onFx(() -> WindowAudit.problems(window));
            Path file = out.resolve(language + "-" + step.name() + ".png");
            picture(file);
            System.out.println(file + (found.isEmpty() ? "" : "\n  " + String.join("\n  ", found)));
            problems += found.size();
            TourDriver.closeOthers(main);
        }
        TourDriver.onFx(() -> {
            main.stage().close();
            return null;
        });
        node.removeNode();
        return problems;
    }

    /**
     * The whole screen in device pixels, through X's own screenshot tool where there is one: at 200 %
     * scale JavaFX's robot gives back only a quarter of the screen.
     */
    private static void picture(Path file) throws IOException, InterruptedException {
        try {
            Process shot = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
            if (shot.waitFor() == 0) {
                return;
            }
        } catch (IOException noImageMagick) {
            // Take it with JavaFX below.
        }
        write(TourDriver.onFx(GalleryMain::screen), file);
    }

    private static WritableImage screen() {
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        return new Robot().getScreenCapture(null, bounds, false);
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(picture, "png", file.toFile());
    }
}
