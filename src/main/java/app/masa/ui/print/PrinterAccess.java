package app.masa.ui.print;

import java.util.Optional;
import javafx.print.Printer;
import javafx.print.PrinterJob;

/** Where print jobs come from: the system's printers in the app; none, or a fake, in tests. */
@FunctionalInterface
public interface PrinterAccess {
    /** A new job on the default printer, or empty when the computer has no printer. */
    Optional<PrinterJob> newJob();

    static PrinterAccess system() {
        return () -> {
            try {
                if (Printer.getAllPrinters().isEmpty()) {
                    return Optional.empty();
                }
                return Optional.ofNullable(PrinterJob.createPrinterJob());
            } catch (UnsupportedOperationException | SecurityException e) {
                // A system without a print service at all is, to the person, one without a printer.
                return Optional.empty();
            }
        };
    }

    static PrinterAccess none() {
        return Optional::empty;
    }
}
