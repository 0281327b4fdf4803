package app.masa.ui.export;

import app.masa.export.ExportCancelledException;
import app.masa.export.ExportProgress;
import app.masa.export.MapExporter;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ProgressBar;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Runs an export off the UI thread, with a progress bar and a Cancel button, and reports failures plainly. */
public final class ExportRunner {
    private ExportRunner() {
    }

    /** Asks for the options and the file, then exports {@code current} (or {@code all} when asked). */
    public static void exportInteractively(Window owner, JourneyMap current, List<JourneyMap> all, String baseName) {
        ExportDialog.ask(owner, all.size() > 1).ifPresent(request -> {
            String extension = request.format().extension();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("dialog.export.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    Messages.get("dialog.export.format." + request.format().name().toLowerCase(Locale.ROOT)),
                    "*." + extension));
            chooser.setInitialFileName(baseName + "." + extension);
            File chosen = chooser.showSaveDialog(owner);
            if (chosen != null) {
                Path target = chosen.getName().toLowerCase(Locale.ROOT).endsWith("." + extension)
                        ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + "." + extension);
                run(owner, request.allMaps() ? all : List.of(current), request, target);
            }
        });
    }

    public static Task<Void> run(Window owner, List<JourneyMap> maps, ExportRequest request, Path target) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                MapExporter.of(request.format()).export(maps, request.options(), target,
                        new ExportProgress(fraction -> updateProgress(fraction, 1), this::isCancelled));
                return null;
            }
        };
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Alert progress = new Alert(Alert.AlertType.NONE, null, ButtonType.CANCEL);
        Dialogs.prepare(progress, owner);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        progress.getButtonTypes().setAll(cancel);
        progress.setHeaderText(Messages.get("dialog.export.running", target.getFileName()));
        progress.getDialogPane().setContent(bar);
        progress.setOnHidden(e -> task.cancel());
        task.setOnSucceeded(e -> progress.close());
        task.setOnCancelled(e -> progress.close());
        task.setOnFailed(e -> {
            progress.close();
            if (!(task.getException() instanceof ExportCancelledException)) {
                String reason = task.getException() == null || task.getException().getMessage() == null
                        ? Messages.get("dialog.file.unexpected") : task.getException().getMessage();
                Dialogs.showError(owner, Messages.get("dialog.export.failed", target.getFileName()), reason);
            }
        });
        progress.show();
        Thread worker = new Thread(task, "masa-export");
        worker.setDaemon(true);
        worker.start();
        return task;
    }
}
