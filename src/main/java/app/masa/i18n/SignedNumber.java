package app.masa.i18n;

import java.text.NumberFormat;

/**
 * Scores, gaps, differences and NPS, written one way everywhere (inspector, canvas, exports,
 * report): "+2", "0", "−1", with a true minus sign (U+2212), and no sign on what rounds to zero.
 * Inside running text a left-to-right mark goes in front, so a Hebrew sentence keeps the sign
 * before its number ("+2", never "2+"); a figure drawn on its own (a badge) needs no mark.
 */
public final class SignedNumber {
    public static final char MINUS = '\u2212';

    private SignedNumber() {
    }

    /** A whole number on its own: "+2", "0", "−1". */
    public static String of(long value) {
        return value > 0 ? "+" + value : value < 0 ? MINUS + Long.toString(value).substring(1) : "0";
    }

    /**
     * A number as {@code magnitude} writes it (the language's grouping and decimal sign, its
     * rounding), with its sign in front.
     */
    public static String of(double value, NumberFormat magnitude) {
        String text = magnitude.format(Math.abs(value));
        if (text.equals(magnitude.format(0))) {
            return text;
        }
        return (value > 0 ? "+" : String.valueOf(MINUS)) + text;
    }

    /** A whole number for running text in either direction. */
    public static String inText(long value) {
        return marked(of(value));
    }

    /** A number as {@code magnitude} writes it, for running text in either direction. */
    public static String inText(double value, NumberFormat magnitude) {
        return marked(of(value, magnitude));
    }

    private static String marked(String signed) {
        boolean hasSign = signed.charAt(0) == '+' || signed.charAt(0) == MINUS;
        return hasSign ? DirectionMarks.figure(signed) : signed;
    }
}
