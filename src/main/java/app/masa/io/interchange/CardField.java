package app.masa.io.interchange;

import java.util.List;
import java.util.Locale;

/**
 * The columns a CSV of cards may have, each with the header names it is recognised by, in English
 * and in Hebrew. The first English name is the one Masa writes.
 */
public enum CardField {
    STAGE(List.of("stage", "step", "phase"), List.of("שלב")),
    LANE(List.of("lane", "row", "swimlane"), List.of("נתיב", "שורה", "מסלול")),
    TITLE(List.of("title", "name", "card", "task"), List.of("כותרת", "שם", "כרטיס", "משימה")),
    TEXT(List.of("text", "body", "description", "details", "notes"), List.of("טקסט", "תיאור", "פירוט", "הערות", "תוכן")),
    TYPE(List.of("type", "kind"), List.of("סוג")),
    CHANNEL(List.of("channel"), List.of("ערוץ")),
    SCORE(List.of("score", "emotion", "experience"), List.of("ציון", "רגש", "חוויה")),
    EXPECTED(List.of("expected", "expectation", "expected score"), List.of("ציפייה", "ציון צפוי")),
    REACH(List.of("reach", "visits", "views"), List.of("חשיפה", "חשיפות", "ביקורים", "טווח הגעה")),
    CONVERSIONS(List.of("conversions"), List.of("המרות")),
    CSAT(List.of("csat", "satisfaction"), List.of("שביעות רצון")),
    COST(List.of("cost"), List.of("עלות")),
    SOURCE(List.of("source", "figures source"), List.of("מקור", "מקור הנתונים")),
    MEASURED(List.of("measured", "measured on", "figures date"), List.of("נמדד", "תאריך מדידה"));

    private final List<String> english;
    private final List<String> hebrew;

    CardField(List<String> english, List<String> hebrew) {
        this.english = english;
        this.hebrew = hebrew;
    }

    /** The header Masa writes for this column. */
    public String header() {
        return english.get(0);
    }

    /** Whether a header cell names this column, ignoring case, spacing and the usual punctuation. */
    public boolean isNamedBy(String header) {
        String wanted = normalise(header);
        for (List<String> names : List.of(english, hebrew)) {
            for (String name : names) {
                if (normalise(name).equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-:*]+", " ").strip();
    }
}
