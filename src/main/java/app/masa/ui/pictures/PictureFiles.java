package app.masa.ui.pictures;

import app.masa.edit.PictureEdits;
import app.masa.i18n.Messages;
import app.masa.io.pictures.PictureImport;
import app.masa.ui.Java2dSetup;
import app.masa.ui.dialog.Dialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritablePixelFormat;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Brings pictures into the designer: which files are pictures, the file chooser, and reading them
 * off the JavaFX thread (a large photo takes a moment to decode), then handing the pictures that
 * could be read to the caller on the JavaFX thread. Those that could not are named in one message.
 */
public final class PictureFiles {
    private static final List<String> EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "bmp", "svg");
    private static final ExecutorService READER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "masa-pictures");
        t.setDaemon(true);
        return t;
    });

    private PictureFiles() {
    }

    public static boolean isPicture(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return file.isFile() && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** The picture files among dropped or copied files. */
    public static List<Path> pictures(List<File> files) {
        return files.stream().filter(PictureFiles::isPicture).map(File::toPath).toList();
    }

    /** Asks for one picture file; null when the person cancels. */
    public static Path choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("picture.choose.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("picture.choose.files"),
                EXTENSIONS.stream().map(e -> "*." + e).toList()));
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    /**
     * Reads the files in the background; {@code then} gets the pictures read (in the files' order)
     * on the JavaFX thread, and is not called when none could be.
     */
    public static void read(List<Path> files, Window owner, Consumer<List<PictureEdits.Named>> then) {
        READER.execute(() -> {
            Java2dSetup.await();
            List<PictureEdits.Named> read = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Path file : files) {
                PictureImport.Result result = PictureImport.fromFile(file);
                if (result.ok()) {
                    read.add(new PictureEdits.Named(caption(file), result.picture()));
                } else {
                    problems.add(result.problem());
                }
            }
            Platform.runLater(() -> {
                if (!problems.isEmpty()) {
                    Dialogs.showError(owner, Messages.get("picture.failed"), String.join("\n", problems));
                }
                if (!read.isEmpty()) {
                    then.accept(read);
                }
            });
        });
    }

    /** A picture from the clipboard's pixels, read in the background as {@link #read} does. */
    public static void read(Image image, Window owner, Consumer<List<PictureEdits.Named>> then) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader pixels = image.getPixelReader();
        String name = Messages.get("picture.clipboard");
        if (pixels == null || w < 1 || h < 1 || (long) w * h > PictureImport.MAX_PIXELS) {
            Dialogs.showError(owner, Messages.get("picture.failed"), Messages.get("picture.import.unreadable", name));
            return;
        }
        int[] argb = new int[w * h];
        pixels.getPixels(0, 0, w, h, WritablePixelFormat.getIntArgbInstance(), argb, 0, w);
        READER.execute(() -> {
            Java2dSetup.await();
            PictureImport.Result result = PictureImport.fromPixels(w, h, argb, name);
            Platform.runLater(() -> {
                if (result.ok()) {
                    then.accept(List.of(new PictureEdits.Named("", result.picture())));
                } else {
                    Dialogs.showError(owner, Messages.get("picture.failed"), result.problem());
                }
            });
        });
    }

    /** "shop front" for shop-front.jpg: a caption to start from. */
    static String caption(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').replace('-', ' ').strip();
    }
}
