package app.masa.export;

import app.masa.i18n.Messages;
import app.masa.layout.CardBox;
import app.masa.layout.ConnectionBox;
import java.util.Locale;
import java.util.Map;

/**
 * What a screen reader says for an arrow between two cards: which card it leads from and to, and
 * its label when it has one ("Arrow from “Checkout” to “Courier call”: clicks"). Drawn, an arrow
 * shows this by where it runs; read aloud, a label alone would not say what it joins.
 */
final class ConnectionAlt {
    private ConnectionAlt() {
    }

    /** The sentence for an arrow, with the map's cards by id. */
    static String of(Map<String, CardBox> cards, ConnectionBox connection, Locale locale) {
        String from = title(cards, connection.fromCardId());
        String to = title(cards, connection.toCardId());
        String label = connection.label() == null ? "" : connection.label().text().strip();
        return label.isEmpty() ? Messages.get(locale, "export.pdf.connection.alt", from, to)
                : Messages.get(locale, "export.pdf.connection.altLabelled", from, to, label);
    }

    private static String title(Map<String, CardBox> cards, String cardId) {
        CardBox card = cards.get(cardId);
        return card == null ? "" : EmotionCurveAlt.text(card.titleLines());
    }
}
