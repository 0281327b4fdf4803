package app.masa.ui.canvas;

import app.masa.model.Card;
import app.masa.model.CardType;
import java.util.ArrayList;
import java.util.List;

/** Cards as plain text, for and from other programs: one title a line. */
final class CardsText {
    /** A long document pasted by mistake should not flood the map. */
    private static final int MAX_CARDS = 500;

    private CardsText() {
    }

    static String titles(List<Card> cards) {
        StringBuilder text = new StringBuilder();
        for (Card c : cards) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(c.title().replace('\n', ' '));
        }
        return text.toString();
    }

    /** One note per line that is not blank; placeholder ids and places, which pasting replaces. */
    static List<Card> notes(String text) {
        List<Card> cards = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank() && cards.size() < MAX_CARDS) {
                cards.add(Card.of("pasted", "-", "-", 0, CardType.NOTE, line.strip()));
            }
        }
        return cards;
    }
}
