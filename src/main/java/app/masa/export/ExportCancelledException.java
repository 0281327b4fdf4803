package app.masa.export;

/** The person cancelled the export; nothing was written and any earlier file is untouched. */
public final class ExportCancelledException extends Exception {
    public ExportCancelledException() {
        super("export cancelled");
    }
}
