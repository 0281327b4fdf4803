package app.masa.export;

import app.masa.i18n.Messages;
import app.masa.layout.CardBox;
import app.masa.layout.ConnectionBox;
import app.masa.layout.MapLayout;
import java.util.Locale;

/**
 * What a screen reader says for an arrow between two cards: which card it leads from and to, and
 * its label when it has one ("Arrow from “Checkout” to “Courier call”: clicks"). Drawn, an arrow
 * shows this by where it runs; read aloud, a label alone would not say what it joins.
 */
final class ConnectionAlt {
    private ConnectionAlt() {
    }

    static String of(MapLayout layout, ConnectionBox connection, Locale locale) {
        String from = title(layout, connection.fromCardId());
        String to = title(layout, connection.toCardId());
        String label = connection.label() == null ? "" : connection.label().text().strip();
        return label.isEmpty() ? Messages.get(locale, "export.pdf.connection.alt", from, to)
                : Messages.get(locale, "export.pdf.connection.altLabelled", from, to, label);
    }

    private static String title(MapLayout layout, String cardId) {
        return layout.cards().stream().filter(c -> c.cardId().equals(cardId)).findFirst()
                .map(CardBox::titleLines).map(EmotionCurveAlt::text).orElse("");
    }
}
