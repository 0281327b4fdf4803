package app.masa.export;

import app.masa.layout.MirroredBrackets;
import java.text.Bidi;

/**
 * Turns a line in logical (typed) order into the order its glyphs appear from left to right, for
 * writers that lay glyphs down one after another (PDF). Right-to-left runs are reversed, keeping
 * combining marks after their letter, and brackets inside them are mirrored, so "(כולל משלוח)" shows
 * its parentheses the right way round and text extractors read the words back correctly spelled.
 */
public final class VisualOrder {
    private VisualOrder() {
    }

    public static String of(String logical, boolean rightToLeft) {
        if (logical.isEmpty() || (!rightToLeft && !Bidi.requiresBidi(logical.toCharArray(), 0, logical.length()))) {
            return logical;
        }
        Bidi bidi = new Bidi(logical, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = logical.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            texts[i] = (levels[i] & 1) == 1 ? reverseMirrored(run) : run;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        StringBuilder visual = new StringBuilder(logical.length());
        for (String t : texts) {
            visual.append(t);
        }
        return visual.toString();
    }

    /** Reverses a right-to-left run by grapheme (a letter with its marks), mirroring brackets. */
    static String reverseMirrored(String run) {
        StringBuilder out = new StringBuilder(run.length());
        int end = run.length();
        while (end > 0) {
            int start = end;
            // Walk back over combining marks to the letter that carries them.
            while (start > 0) {
                int cp = run.codePointBefore(start);
                start -= Character.charCount(cp);
                if (!isMark(cp)) {
                    break;
                }
            }
            int base = run.codePointAt(start);
            out.appendCodePoint(mirror(base));
            out.append(run, start + Character.charCount(base), end);
            end = start;
        }
        return out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    static int mirror(int cp) {
        return MirroredBrackets.mirror(cp);
    }
}
