package app.masa.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that the bytes are UTF-8 text. Jackson would otherwise guess UTF-16 or UTF-32 from zero
 * bytes, and report other encodings as a puzzling syntax error. (Jackson itself refuses malformed
 * UTF-8 inside strings, so a file that parses is UTF-8.)
 */
final class TextCheck {
    private static final int CHUNK = 8192;

    private TextCheck() {
    }

    /**
     * The cheap checks made before parsing: no UTF-16 and no zero bytes, which would make Jackson
     * guess another encoding. Adds a problem and returns false when they fail.
     */
    static boolean isPlainText(byte[] bytes, Problems problems) {
        if (looksLikeUtf16(bytes)) {
            problems.addAt(1, 0, null, "io.utf16");
            return false;
        }
        // Jackson guesses the encoding from the first four bytes only; a zero byte further on is
        // a parse error, explained by isUtf8 below.
        int zero = indexOfZero(bytes, 4);
        if (zero >= 0) {
            problems.addAt(1, zero, null, "io.binary");
            return false;
        }
        return true;
    }

    /**
     * The full check for zero bytes and UTF-8, made only when parsing failed: a valid file costs nothing, and a file in
     * another encoding gets a message about the encoding rather than about the JSON it broke.
     */
    static boolean isUtf8(byte[] bytes, Problems problems) {
        int zero = indexOfZero(bytes, bytes.length);
        if (zero >= 0) {
            problems.addAt(lineOf(bytes, zero), zero, null, "io.binary");
            return false;
        }
        int bad = firstMalformed(bytes);
        if (bad >= 0) {
            problems.addAt(lineOf(bytes, bad), bad, null, "io.notUtf8");
            return false;
        }
        return true;
    }

    /** A UTF-16 byte-order mark, or an ASCII character next to a zero byte at the very start. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes[1] & 0xFF;
        boolean bom = (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
        boolean zeroPair = (b0 == 0) != (b1 == 0) && (b0 | b1) < 0x80;
        return bom || zeroPair;
    }

    private static int indexOfZero(byte[] bytes, int limit) {
        for (int i = 0; i < Math.min(limit, bytes.length); i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes into a small reused buffer, so checking costs no memory proportional to the file. */
    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            out.clear();
            result = decoder.flush(out);
            return result.isError() ? in.position() : -1;
        }
    }

    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
