package app.masa.layout;

/** The direction of a piece of text, taken from its first strong character (as the Unicode rules do). */
public final class TextDirection {
    private TextDirection() {
    }

    /**
     * True when the first strong character is right-to-left, false when it is left-to-right, and
     * {@code fallback} when the text has no strong character (numbers, punctuation, empty).
     */
    public static boolean isRightToLeft(String text, boolean fallback) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return fallback;
    }
}
