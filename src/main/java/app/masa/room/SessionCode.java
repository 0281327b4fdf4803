package app.masa.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The six characters a participant types or scans to join: letters and digits that cannot be
 * confused when read off a projector (no 0/O, 1/I/L), compared in constant time.
 */
public final class SessionCode {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;

    private final String code;

    private SessionCode(String code) {
        this.code = code;
    }

    public static SessionCode random(SecureRandom random) {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new SessionCode(new String(chars));
    }

    /** Whether {@code typed} is this code, ignoring case, spaces and dashes people type. */
    public boolean matches(String typed) {
        if (typed == null || typed.length() > 32) {
            return false;
        }
        String normal = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(normal.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return code;
    }
}
