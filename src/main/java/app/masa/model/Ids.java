package app.masa.model;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Short random ids ("c-4f9k2x") that stay unique inside a file and read well in a diff. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private Ids() {
    }

    public static String next(String prefix) {
        char[] chars = new char[6];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return prefix + "-" + new String(chars);
    }

    /** A new id with the prefix that none of {@code taken} uses. */
    public static String next(String prefix, Collection<String> taken) {
        Set<String> used = taken instanceof Set<String> s ? s : new HashSet<>(taken);
        String id;
        do {
            id = next(prefix);
        } while (used.contains(id));
        return id;
    }
}
