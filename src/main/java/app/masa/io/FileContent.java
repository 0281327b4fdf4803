package app.masa.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * What a save puts into a file, written straight into the file's stream: a large map is encoded
 * while it goes to disk instead of first being built up in memory and then copied out.
 */
@FunctionalInterface
public interface FileContent {
    void writeTo(OutputStream out) throws IOException;

    static FileContent of(byte[] bytes) {
        return out -> out.write(bytes);
    }
}
