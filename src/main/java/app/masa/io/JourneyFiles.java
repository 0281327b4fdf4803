package app.masa.io;

import app.masa.i18n.Messages;
import app.masa.model.JourneyFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Loading and saving journey files: the one door the designer and the command line use. */
public final class JourneyFiles {
    private JourneyFiles() {
    }

    /**
     * Reads and checks a file. Files larger than the format allows are refused before they are
     * read, so a wrong choice in the open dialog costs neither time nor memory.
     */
    public static JourneyFile load(Path path) throws JourneyFileException {
        String name = String.valueOf(path.getFileName());
        if (Files.isDirectory(path)) {
            throw failure(name, Messages.get("io.isFolder"), null);
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw failure(name, Messages.get("io.notRegular"), null);
        }
        try {
            if (Files.size(path) > JsonLimits.MAX_FILE_BYTES) {
                throw failure(name, tooLarge(), null);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                // bounded even when the file grows while it is read
                bytes = in.readNBytes((int) JsonLimits.MAX_FILE_BYTES + 1);
            }
            if (bytes.length > JsonLimits.MAX_FILE_BYTES) {
                throw failure(name, tooLarge(), null);
            }
            return JourneyCodec.read(bytes, name);
        } catch (NoSuchFileException e) {
            throw failure(name, Messages.get("io.notFound"), e);
        } catch (AccessDeniedException e) {
            throw failure(name, Messages.get("io.readDenied"), e);
        } catch (IOException e) {
            throw failure(name, Messages.get("io.readError", SaveFailures.systemReason(e)), e);
        }
    }

    private static String tooLarge() {
        return Messages.get("io.tooLarge", JsonLimits.MAX_FILE_BYTES / (1024 * 1024));
    }

    /** Saves atomically, keeping the previous version next to it as {@code NAME.bak}. */
    public static void save(Path path, JourneyFile file) throws JourneyFileException {
        write(path, out -> JourneyWriter.write(file, out), AtomicFileWriter.onDisk());
    }

    /**
     * Saves like {@link #save(Path, JourneyFile)}, reusing what {@code encoder} kept from saving
     * the same document before: the way the designer saves an open map again and again.
     */
    public static void save(Path path, JourneyFile file, JourneyEncoder encoder) throws JourneyFileException {
        write(path, out -> encoder.write(file, out), AtomicFileWriter.onDisk());
    }

    static void save(Path path, JourneyFile file, AtomicFileWriter writer) throws JourneyFileException {
        write(path, out -> JourneyWriter.write(file, out), writer);
    }

    private static void write(Path path, FileContent encoded, AtomicFileWriter writer)
            throws JourneyFileException {
        try {
            // Encoded straight into the temporary file: the same bytes as JourneyCodec.write.
            writer.write(path, encoded);
        } catch (IOException e) {
            String message = Messages.get("io.saveFailed", path.getFileName(), SaveFailures.reason(e));
            throw new JourneyFileException(message, e);
        }
    }

    private static JourneyFileException failure(String name, String reason, Throwable cause) {
        return new JourneyFileException(Messages.get("io.readFailed", name, reason),
                List.of(Problem.ofFile(reason)), cause);
    }
}
