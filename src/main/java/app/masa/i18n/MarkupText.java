package app.masa.i18n;

/**
 * Text for the markup Masa writes (SVG, XMP, the HTML report, the room's phone page): markup escaped,
 * and what XML 1.0 cannot hold left out.
 */
public final class MarkupText {
    private MarkupText() {
    }

    /**
     * Escapes the markup characters and drops the characters XML 1.0 does not allow (most control
     * characters, unpaired surrogates, U+FFFE and U+FFFF), which a title typed or pasted into a map
     * may hold and which would make the whole file unreadable.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
    }
}
