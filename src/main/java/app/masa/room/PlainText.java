package app.masa.room;

import java.text.Normalizer;

/**
 * What a participant typed, made safe to keep as a card's text: composed (NFC), without control
 * characters and without the invisible direction overrides and isolates that could turn the rest
 * of a line around on the projector; runs of spaces and line breaks become one space. Markup stays
 * as the characters it is: it is shown as text everywhere, never read as markup.
 */
final class PlainText {
    private PlainText() {
    }

    static String of(String typed) {
        if (typed == null) {
            return "";
        }
        String composed = Normalizer.normalize(typed, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean space = false;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (isDropped(cp)) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Length as a person counts it: an emoji is one, not two UTF-16 units. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean isDropped(int cp) {
        int type = Character.getType(cp);
        boolean control = type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
        boolean directionOverride = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        return control || directionOverride || cp == 0xFEFF;
    }
}
