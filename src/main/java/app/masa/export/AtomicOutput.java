package app.masa.export;

import app.masa.io.AtomicFileWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Exports go through the same atomic writer as saving, so an existing export is replaced whole or
 * not at all, even when writing fails or is cancelled half way. This class only carries a
 * cancellation through that writer, which knows nothing of exports.
 */
final class AtomicOutput {
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException, ExportCancelledException;
    }

    /** Unchecked so that it passes through the writer, which then removes its temporary file. */
    private static final class Cancelled extends RuntimeException {
        Cancelled(ExportCancelledException cause) {
            super(cause);
        }
    }

    private AtomicOutput() {
    }

    static void write(Path target, Writer writer) throws IOException, ExportCancelledException {
        try {
            AtomicFileWriter.replace(target, out -> {
                try {
                    writer.write(out);
                } catch (ExportCancelledException e) {
                    throw new Cancelled(e);
                }
            });
        } catch (Cancelled e) {
            throw (ExportCancelledException) e.getCause();
        }
    }
}
