package app.masa.ui.print;

import app.masa.i18n.Messages;
import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.dialog.TaskProgress;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PrintResolution;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File > Print…: the system's printer dialog, set to landscape for a wide map, then the pages sent in
 * the background with a progress bar and Cancel. Without a printer, a plain message says so.
 */
public final class PrintFlow {
    private final PrinterAccess printers;

    public PrintFlow(PrinterAccess printers) {
        this.printers = printers;
    }

    /** Prints the map shown in the window; returns the running task, or empty when nothing was sent. */
    public Optional<Task<Void>> start(Window owner, JourneyMap map) {
        Optional<PrinterJob> maybeJob = printers.newJob();
        if (maybeJob.isEmpty()) {
            showNoPrinter(owner);
            return Optional.empty();
        }
        PrinterJob job = maybeJob.get();
        Printer printer = job.getPrinter();
        PageOrientation orientation = isWide(map) ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
        job.getJobSettings().setPageLayout(printer.createPageLayout(
                job.getJobSettings().getPageLayout().getPaper(), orientation, Printer.MarginType.DEFAULT));
        job.getJobSettings().setJobName(map.title());
        if (!job.showPrintDialog(owner)) {
            return Optional.empty();
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        PrintResolution resolution = job.getJobSettings().getPrintResolution();
        float dpi = resolution == null ? PrintTask.MAX_DPI
                : Math.min(resolution.getFeedResolution(), resolution.getCrossFeedResolution());
        PrintTask task = new PrintTask(job, map, layout, dpi);
        showProgress(owner, task, map);
        Thread worker = new Thread(task, "masa-print");
        worker.setDaemon(true);
        worker.start();
        return Optional.of(task);
    }

    /** Says plainly that there is no printer, where a person expected a print dialog. */
    public static void showNoPrinter(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("print.noPrinter.detail"), ButtonType.OK);
        Dialogs.prepare(alert, owner);
        alert.getDialogPane().setId("print-no-printer");
        alert.setHeaderText(Messages.get("print.noPrinter"));
        alert.showAndWait();
    }

    private static void showProgress(Window owner, PrintTask task, JourneyMap map) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Label page = new Label();
        page.textProperty().bind(task.messageProperty());
        TaskProgress.show(owner, task, Messages.get("print.running", map.title()), new VBox(8, bar, page),
                "print-cancel", Messages.get("print.failed", map.title()));
    }

    private static boolean isWide(JourneyMap map) {
        MapLayout layout = new LayoutEngine().layout(map, LayoutOptions.canvas().withTitleBlock(true));
        return layout.width() > layout.height();
    }
}
