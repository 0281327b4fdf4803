package app.masa.ui.help;

import app.masa.ui.common.ShortcutGroup;

import app.masa.i18n.Messages;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.print.PrintFlow;
import app.masa.ui.print.PrinterAccess;
import java.util.List;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Prints the keyboard guide through the system's printer dialog, so it can hang beside the
 * projector or go to a PDF printer. A few pages of text: sent at once, no progress to watch.
 */
final class ShortcutPrinting {
    private ShortcutPrinting() {
    }

    /** Returns whether the pages went to the printer. */
    static boolean print(Window owner, List<ShortcutGroup> groups, PrinterAccess printers) {
        Optional<PrinterJob> maybeJob = printers.newJob();
        if (maybeJob.isEmpty()) {
            PrintFlow.showNoPrinter(owner);
            return false;
        }
        PrinterJob job = maybeJob.get();
        job.getJobSettings().setJobName(Messages.get("keys.print.title"));
        if (!job.showPrintDialog(owner)) {
            return false;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (VBox page : ShortcutPages.of(groups, layout.getPrintableWidth(), layout.getPrintableHeight())) {
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                Dialogs.showError(owner, Messages.get("keys.print.failed"), Messages.get("print.refused"));
                return false;
            }
        }
        return job.endJob();
    }
}
