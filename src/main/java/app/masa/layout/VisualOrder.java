package app.masa.layout;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * A line in logical (typed) order put into the order its glyphs appear from left to right, with
 * {@link Bidi} in the line's own paragraph direction. Painters that lay glyphs down one after
 * another (PDF) take the whole line reversed where it runs right to left; the canvas, whose text
 * calls reverse right-to-left letters themselves, takes it as pieces. Both keep a combining mark
 * with its letter and draw brackets in right-to-left runs mirrored, so "(כולל משלוח)" shows its
 * parentheses the right way round. Works on code points, so a character outside the Basic
 * Multilingual Plane is never cut in two.
 */
public final class VisualOrder {
    private VisualOrder() {
    }

    /** The whole line in visual order: right-to-left runs reversed letter by letter. */
    public static String of(String logical, boolean rightToLeft) {
        if (logical.isEmpty() || needsNoReordering(logical, rightToLeft)) {
            return logical;
        }
        StringBuilder visual = new StringBuilder(logical.length());
        for (Run run : visualRuns(logical, rightToLeft)) {
            visual.append(run.rightToLeft() ? reverseMirrored(run.text()) : run.text());
        }
        return visual.toString();
    }

    /**
     * The line as pieces for a left-to-right text call, left to right; one piece when the line needs
     * no reordering. A right-to-left run is cut into stretches of right-to-left letters (which the
     * text call reverses itself) and the single neutral characters around them, mirrored where they
     * are brackets: a left-to-right call would attach those to the wrong side.
     */
    public static List<String> pieces(String logical, boolean rightToLeft) {
        if (needsNoReordering(logical, rightToLeft)) {
            return List.of(logical);
        }
        List<String> pieces = new ArrayList<>();
        for (Run run : visualRuns(logical, rightToLeft)) {
            if (run.rightToLeft()) {
                addRightToLeftPieces(run.text(), pieces);
            } else {
                pieces.add(run.text());
            }
        }
        return List.copyOf(pieces);
    }

    private record Run(String text, boolean rightToLeft) {
    }

    private static boolean needsNoReordering(String logical, boolean rightToLeft) {
        return !rightToLeft && !Bidi.requiresBidi(logical.toCharArray(), 0, logical.length());
    }

    private static List<Run> visualRuns(String logical, boolean rightToLeft) {
        if (rightToLeft && isOneRightToLeftRun(logical)) {
            return List.of(new Run(logical, true));
        }
        Bidi bidi = new Bidi(logical, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Run[] runs = new Run[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = new Run(logical.substring(bidi.getRunStart(i), bidi.getRunLimit(i)), (levels[i] & 1) == 1);
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return List.of(runs);
    }

    /**
     * Whether a right-to-left line is one right-to-left run without asking {@link Bidi}: right-to-left
     * letters, spaces, punctuation and marks only. With no number in the line, the separators and
     * terminators among the punctuation (". , : / - + % ₪") are plain neutrals; neutrals between
     * right-to-left letters, and at the ends of a right-to-left paragraph, take its direction, so
     * the line is all at level one. Most lines of a Hebrew map are like this; Bidi's own start costs
     * more than the line.
     */
    private static boolean isOneRightToLeftRun(String line) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_WHITESPACE, Character.DIRECTIONALITY_OTHER_NEUTRALS,
                        Character.DIRECTIONALITY_NONSPACING_MARK, Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR,
                        Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR,
                        Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR -> i += Character.charCount(cp);
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** Reverses a right-to-left run by grapheme (a letter with its marks), mirroring brackets. */
    static String reverseMirrored(String run) {
        StringBuilder out = new StringBuilder(run.length());
        int end = run.length();
        while (end > 0) {
            int start = graphemeStart(run, end);
            int base = run.codePointAt(start);
            out.appendCodePoint(MirroredBrackets.mirror(base));
            out.append(run, start + Character.charCount(base), end);
            end = start;
        }
        return out.toString();
    }

    /** Walks back from {@code end} over combining marks to the letter that carries them. */
    private static int graphemeStart(String text, int end) {
        int start = end;
        while (start > 0) {
            int cp = text.codePointBefore(start);
            start -= Character.charCount(cp);
            if (!isMark(cp)) {
                break;
            }
        }
        return start;
    }

    /** A right-to-left run, right to left: stretches of letters whole, neutrals one by one and mirrored. */
    private static void addRightToLeftPieces(String run, List<String> out) {
        List<String> logical = new ArrayList<>();
        int i = 0;
        while (i < run.length()) {
            int cp = run.codePointAt(i);
            if (isStrongRightToLeft(cp)) {
                int end = stretchEnd(run, i);
                logical.add(run.substring(i, end));
                i = end;
            } else {
                logical.add(new String(Character.toChars(MirroredBrackets.mirror(cp))));
                i += Character.charCount(cp);
            }
        }
        for (int k = logical.size() - 1; k >= 0; k--) {
            out.add(logical.get(k));
        }
    }

    /**
     * Where a stretch of right-to-left letters that starts at {@code start} ends: after its last
     * letter and that letter's marks. Spaces and punctuation between letters stay inside.
     */
    private static int stretchEnd(String run, int start) {
        int end = start;
        int i = start;
        while (i < run.length()) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            if (isStrongRightToLeft(cp) || (isMark(cp) && end == i - Character.charCount(cp))) {
                end = i;
            } else if (!isNeutral(cp)) {
                break;
            }
        }
        return end;
    }

    private static boolean isStrongRightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean isNeutral(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_WHITESPACE || d == Character.DIRECTIONALITY_OTHER_NEUTRALS
                || d == Character.DIRECTIONALITY_NONSPACING_MARK;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
