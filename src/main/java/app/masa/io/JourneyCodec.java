package app.masa.io;

import app.masa.model.JourneyFile;

/** Turns a journey document into the bytes of a {@code *.journey.json} file and back. */
public final class JourneyCodec {
    /** The name in every file's {@code "format"} field. */
    public static final String FORMAT = "masa-journey";
    /** The format version this build writes and the newest it reads. */
    public static final int VERSION = 1;

    private JourneyCodec() {
    }

    /** The file's bytes: UTF-8, fixed key order, defaults left out, final newline. */
    public static byte[] write(JourneyFile file) {
        return JourneyWriter.write(file);
    }

    /**
     * Reads and checks a file.
     *
     * @param sourceName how the file is named in messages (usually its file name)
     * @throws JourneyFileException listing every problem when the bytes are not a valid journey file
     */
    public static JourneyFile read(byte[] bytes, String sourceName) throws JourneyFileException {
        return new JourneyReader(MigrationChain.standard()).read(bytes, sourceName);
    }
}
