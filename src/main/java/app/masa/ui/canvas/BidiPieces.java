package app.masa.ui.canvas;

import app.masa.layout.MirroredBrackets;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a line of mixed-direction text into pieces a left-to-right text call draws correctly,
 * in visual order, left to right. JavaFX lays each fillText out as a left-to-right paragraph (the
 * canvas node's orientation), which puts runs in the wrong order in a right-to-left line and
 * attaches neutral characters (spaces, punctuation) at run edges to the wrong side. So the line is
 * reordered here with {@link Bidi} in its own paragraph direction, and every right-to-left run is cut
 * into stretches of right-to-left letters (which JavaFX reverses itself) and the single neutral
 * characters around them (which are placed, mirrored where they are brackets, by hand).
 */
final class BidiPieces {
    private static final int MAX_CACHED = 20_000;
    private static final Map<String, List<String>> CACHE = new LinkedHashMap<>();

    private BidiPieces() {
    }

    /** The pieces of a line, left to right; one piece when the line needs no reordering. */
    static List<String> visual(String text, boolean rightToLeft) {
        String key = (rightToLeft ? 'R' : 'L') + text;
        List<String> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        List<String> pieces = compute(text, rightToLeft);
        if (CACHE.size() >= MAX_CACHED) {
            CACHE.clear();
        }
        CACHE.put(key, pieces);
        return pieces;
    }

    static List<String> compute(String text, boolean rightToLeft) {
        if (!rightToLeft && !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return List.of(text);
        }
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
        for (int k = 0; k < runs; k++) {
            int run = order[k];
            String s = text.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            if ((levels[run] & 1) == 0) {
                pieces.add(s);
            } else {
                addRightToLeftRun(s, pieces);
            }
        }
        return List.copyOf(pieces);
    }

    /** A right-to-left run, right to left: stretches of letters whole, neutrals one by one and mirrored. */
    private static void addRightToLeftRun(String run, List<String> out) {
        List<String> logical = new ArrayList<>();
        int i = 0;
        while (i < run.length()) {
            int start = i;
            if (isStrongRtl(run.charAt(i))) {
                int lastStrong = i;
                while (i < run.length()) {
                    if (isStrongRtl(run.charAt(i))) {
                        lastStrong = i;
                    } else if (!isNeutral(run.charAt(i))) {
                        break;
                    }
                    i++;
                }
                i = lastStrong + 1;
                logical.add(run.substring(start, i));
            } else {
                logical.add(String.valueOf(mirror(run.charAt(i))));
                i++;
            }
        }
        for (int k = logical.size() - 1; k >= 0; k--) {
            out.add(logical.get(k));
        }
    }

    private static boolean isStrongRtl(char c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean isNeutral(char c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_WHITESPACE || d == Character.DIRECTIONALITY_OTHER_NEUTRALS
                || d == Character.DIRECTIONALITY_NONSPACING_MARK;
    }

    static char mirror(char c) {
        return (char) MirroredBrackets.mirror(c);
    }
}
