package app.masa.ui.recovery;

import app.masa.i18n.Messages;
import app.masa.io.recovery.DocumentLock;
import app.masa.ui.dialog.Dialogs;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The questions and warnings about the file on disk, each in plain words. */
final class FileWatchDialogs {
    private FileWatchDialogs() {
    }

    /** What to do with a version someone else wrote to the open file. */
    enum TheirVersion { RELOAD, COMPARE, KEEP }

    /** The file changed on disk while the window was away: load their version, compare with it, or keep ours. */
    static TheirVersion askAboutTheirVersion(Window owner, Path file, boolean unsaved) {
        ButtonType reload = new ButtonType(Messages.get("filewatch.changed.reload"), ButtonBar.ButtonData.YES);
        ButtonType compare = new ButtonType(Messages.get("filewatch.changed.compare"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(Messages.get("filewatch.changed.keep"), ButtonBar.ButtonData.NO);
        String detail = Messages.get(unsaved ? "filewatch.changed.detail.unsaved" : "filewatch.changed.detail");
        Alert alert = new Alert(Alert.AlertType.WARNING, detail, reload, compare, keep);
        Dialogs.prepare(alert, owner);
        alert.setHeaderText(Messages.get("filewatch.changed.header", name(file)));
        ButtonType answer = alert.showAndWait().orElse(keep);
        return answer == reload ? TheirVersion.RELOAD : answer == compare ? TheirVersion.COMPARE : TheirVersion.KEEP;
    }

    /** Someone else changed the file since Masa read it: true to save over their version anyway. */
    static boolean overwriteTheirChanges(Window owner, Path file) {
        ButtonType replace = new ButtonType(Messages.get("filewatch.beforeSave.replace"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING,
                Messages.get("filewatch.beforeSave.detail", name(file) + ".bak"), replace, cancel);
        Dialogs.prepare(alert, owner);
        alert.setHeaderText(Messages.get("filewatch.beforeSave.header", name(file)));
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    static void removed(Window owner, Path file) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("filewatch.removed.detail"), ButtonType.OK);
        Dialogs.prepare(alert, owner);
        alert.setHeaderText(Messages.get("filewatch.removed.header", name(file)));
        alert.showAndWait();
    }

    static void alreadyOpen(Window owner, Path file, DocumentLock.Holder holder) {
        String since = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.locale()).withZone(ZoneId.systemDefault()).format(holder.since());
        String detail = holder.owner().onThisMachine()
                ? Messages.get("filewatch.locked.detail.here", since)
                : Messages.get("filewatch.locked.detail.elsewhere", holder.owner().host(), since);
        Alert alert = new Alert(Alert.AlertType.WARNING, detail, ButtonType.OK);
        Dialogs.prepare(alert, owner);
        alert.setHeaderText(Messages.get("filewatch.locked.header", name(file)));
        alert.show();
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }
}
