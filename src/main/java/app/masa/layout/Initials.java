package app.masa.layout;

import java.util.Locale;
import java.util.regex.Pattern;

/** The first letters of a name's first words: "Noa Cohen" → "NC", "Marketing" → "M". */
final class Initials {
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private Initials() {
    }

    static String of(String name, int most) {
        StringBuilder b = new StringBuilder();
        if (name != null) {
            for (String word : BLANKS.split(name.strip())) {
                if (b.length() >= most) {
                    break;
                }
                int first = firstLetter(word);
                if (first >= 0) {
                    b.appendCodePoint(word.codePointAt(first));
                }
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    private static int firstLetter(String word) {
        for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
            if (Character.isLetterOrDigit(word.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
