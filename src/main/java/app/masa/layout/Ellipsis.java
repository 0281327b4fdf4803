package app.masa.layout;

/** Shortens a one-line text to a width with a trailing ellipsis, on a word boundary when one is near. */
final class Ellipsis {
    private static final String MARK = "\u2026";

    private Ellipsis() {
    }

    static String fit(String s, double room, FontRole role, TextWrapper wrapper) {
        if (wrapper.width(s, role) <= room) {
            return s;
        }
        int end = s.length();
        while (end > 1 && wrapper.width(s.substring(0, end).strip() + MARK, role) > room) {
            end--;
        }
        String cut = s.substring(0, end);
        int space = cut.lastIndexOf(' ');
        if (space > end * 2 / 3) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + MARK;
    }
}
