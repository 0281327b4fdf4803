package app.masa.ui.export;

import app.masa.export.ExportFormat;
import app.masa.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where an export goes. The system's save dialog in the app; tests answer with a file of their own. */
@FunctionalInterface
public interface TargetChooser {
    /**
     * @param suggested the file proposed: the last export of this document, or a name made from it
     *                  (possibly without a folder)
     */
    Optional<Path> choose(Window owner, ExportFormat format, Path suggested);

    static TargetChooser saveDialog() {
        return (owner, format, suggested) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("dialog.export.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    Messages.get("dialog.export.format." + format.name().toLowerCase(Locale.ROOT)),
                    "*." + format.extension()));
            Path folder = suggested.toAbsolutePath().getParent();
            if (suggested.getParent() != null && folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(suggested.getFileName().toString());
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
