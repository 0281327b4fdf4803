package app.masa.ui.workshop;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of text cut into pieces that a plain left-to-right text call draws correctly, listed left
 * to right. A JavaFX canvas lays every text call out as a left-to-right paragraph, so a Hebrew line
 * with a question mark or an English word in it comes out in the wrong order. The line is reordered
 * here with {@link Bidi} in its own direction; inside a right-to-left run the letters stay together
 * (the canvas reverses them itself) while the spaces and punctuation between them become pieces of
 * their own, mirrored where they are brackets.
 */
final class VisualRuns {
    private VisualRuns() {
    }

    static boolean needsReordering(String text, boolean rightToLeft) {
        return rightToLeft || Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    static List<String> pieces(String text, boolean rightToLeft) {
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        List<String> pieces = new ArrayList<>();
        for (Integer run : order) {
            String s = text.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            if ((levels[run] & 1) == 0) {
                pieces.add(s);
            } else {
                addReversed(s, pieces);
            }
        }
        return pieces;
    }

    /** A right-to-left run from its right end: letter stretches whole, everything else one by one. */
    private static void addReversed(String run, List<String> out) {
        List<String> logical = new ArrayList<>();
        int i = 0;
        while (i < run.length()) {
            if (isRightToLeftLetter(run.charAt(i))) {
                int end = i + 1;
                while (end < run.length() && (isRightToLeftLetter(run.charAt(end)) || isMark(run.charAt(end)))) {
                    end++;
                }
                logical.add(run.substring(i, end));
                i = end;
            } else {
                logical.add(String.valueOf(mirrored(run.charAt(i))));
                i++;
            }
        }
        for (int k = logical.size() - 1; k >= 0; k--) {
            out.add(logical.get(k));
        }
    }

    private static boolean isRightToLeftLetter(char c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean isMark(char c) {
        return Character.getDirectionality(c) == Character.DIRECTIONALITY_NONSPACING_MARK;
    }

    private static char mirrored(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '\u00ab' -> '\u00bb';
            case '\u00bb' -> '\u00ab';
            default -> c;
        };
    }
}
