package app.masa.io;

import app.masa.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Says in plain words why a save failed. */
public final class SaveFailures {
    private SaveFailures() {
    }

    /** A sentence, or the end of one after a colon, naming why writing failed (the disk is full, no permission). */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Messages.get("io.reason.denied");
        }
        if (e instanceof NoSuchFileException) {
            return Messages.get("io.reason.noFolder");
        }
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("no space") || text.contains("disk full") || text.contains("quota")) {
            return Messages.get("io.reason.diskFull");
        }
        if (text.contains("read-only file system")) {
            return Messages.get("io.reason.readOnly");
        }
        return Messages.get("io.reason.other", systemReason(e));
    }

    /** The operating system's own words, without the file path Java puts in front. */
    static String systemReason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
