package app.masa.layout;

/**
 * The paragraph direction of a piece of text in a map. The map's direction decides, not the first
 * letter: in a right-to-left map a text is right-to-left as soon as it holds one right-to-left
 * letter, so "SMS אישור הזמנה" reads and aligns right like the Hebrew sentence it is. Only a text
 * written wholly in the other script (a brand name such as "Instagram" in a Hebrew map) takes that
 * script's direction, so that it reads as typed. A left-to-right map follows the mirror rule. Text
 * without letters (numbers, prices, emoji, punctuation) follows the map.
 */
public final class TextDirection {
    private TextDirection() {
    }

    /**
     * True when {@code text} is laid out right-to-left in a map whose direction is
     * {@code mapRightToLeft}.
     */
    public static boolean isRightToLeft(String text, boolean mapRightToLeft) {
        boolean hasRightToLeft = false;
        boolean hasLeftToRight = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                hasRightToLeft = true;
            } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                hasLeftToRight = true;
            }
            i += Character.charCount(cp);
        }
        if (mapRightToLeft) {
            return hasRightToLeft || !hasLeftToRight;
        }
        return hasRightToLeft && !hasLeftToRight;
    }
}
