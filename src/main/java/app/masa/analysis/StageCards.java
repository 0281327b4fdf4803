package app.masa.analysis;

import app.masa.model.Card;
import app.masa.model.Stage;
import java.util.List;

/** Some cards of one stage, in journey order. */
public record StageCards(Stage stage, List<Card> cards) {
    public StageCards {
        cards = List.copyOf(cards);
    }
}
