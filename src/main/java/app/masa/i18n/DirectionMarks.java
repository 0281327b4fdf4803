package app.masa.i18n;

import java.util.Locale;

/**
 * Invisible Unicode marks that keep a sentence in order when it mixes Hebrew, English and figures.
 * A sentence of one language that quotes words of the other (a Hebrew card title in the English
 * interface, an English one in the Hebrew interface) would otherwise pull the figures and commas
 * after the quote over to the quote's side: "+2," showed as ",2+". And JavaFX 21 lays a left-to-right
 * text out in the direction of its first letter (see decision 0007), so an English sentence that
 * starts with a Hebrew title ran right to left as a whole.
 */
public final class DirectionMarks {
    public static final char LEFT_TO_RIGHT_MARK = '\u200E';
    public static final char RIGHT_TO_LEFT_MARK = '\u200F';

    private DirectionMarks() {
    }

    /**
     * Words of the user's put into a sentence of the interface, between marks of the sentence's
     * direction: the sentence keeps its direction even when it starts with them, and what follows
     * them belongs to the sentence again.
     */
    public static String quoted(String words, Locale sentenceLanguage) {
        char mark = mark(sentenceLanguage);
        return mark + words + mark;
    }

    /**
     * A file's path, which reads left to right in every sentence: without marks, a Hebrew sentence
     * carries the path's leading slash over to its far end ("tmp/plan.json/").
     */
    public static String path(String path) {
        return LEFT_TO_RIGHT_MARK + path + LEFT_TO_RIGHT_MARK;
    }

    /** A signed figure ("+2", "-1") that reads sign first in right-to-left sentences too. */
    public static String figure(String signed) {
        return LEFT_TO_RIGHT_MARK + signed;
    }

    private static char mark(Locale language) {
        String tag = language.getLanguage();
        return "he".equals(tag) || "iw".equals(tag) ? RIGHT_TO_LEFT_MARK : LEFT_TO_RIGHT_MARK;
    }
}
