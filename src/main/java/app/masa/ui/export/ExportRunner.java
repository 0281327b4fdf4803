package app.masa.ui.export;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import app.masa.export.ExportProgress;
import app.masa.export.MapExporter;
import app.masa.export.ReadablePage;
import app.masa.layout.LayoutEngine;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.TaskProgress;
import app.masa.ui.session.DocumentSession;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;

/** Runs an export off the UI thread, with a progress bar and a Cancel button, and reports failures plainly. */
public final class ExportRunner {
    private ExportRunner() {
    }

    /** File > Export… for the document in a window: its choices are remembered under its file. */
    public static void exportInteractively(Window owner, DocumentSession session, String documentName) {
        ExportFlow.standard().start(owner, session.document().maps(), session.currentMap().id(),
                session.fileProperty().get(), ExportTargets.baseName(documentName), session.document().brand());
    }

    public static Task<Void> run(Window owner, List<JourneyMap> maps, ExportRequest request, Path target) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                LayoutEngine engine = new LayoutEngine();
                MapExporter exporter = MapExporter.of(request.format(), engine);
                ExportOptions options = request.format() == ExportFormat.PDF
                        ? ReadablePage.plan(maps, request.options(), request.readablePaper(), engine).options()
                        : request.options();
                exporter.export(maps, options, target,
                        new ExportProgress(fraction -> updateProgress(fraction, 1), this::isCancelled));
                return null;
            }
        };
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        TaskProgress.show(owner, task, Messages.get("dialog.export.running", target.getFileName()), bar,
                "export-cancel", Messages.get("dialog.export.failed", target.getFileName()));
        Thread worker = new Thread(task, "masa-export");
        worker.setDaemon(true);
        worker.start();
        return task;
    }
}
