package app.masa.ui.canvas;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import app.masa.ui.session.CellRef;
import app.masa.ui.session.Selection;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/**
 * Cut, copy and paste of cards through the system clipboard, as JSON (for Masa, also between maps
 * and files) and as plain text (titles, one per line). Plain text from elsewhere pastes as one
 * card per line.
 */
final class CardClipboard {
    static final String CARDS_MIME = "application/x-masa-cards";

    private final MapCanvas canvas;

    CardClipboard(MapCanvas canvas) {
        this.canvas = canvas;
    }

    static DataFormat cardsFormat() {
        DataFormat f = DataFormat.lookupMimeType(CARDS_MIME);
        return f != null ? f : new DataFormat(CARDS_MIME);
    }

    void copy() {
        List<Card> cards = selectedCards();
        if (cards.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.put(cardsFormat(), CardsJson.write(cards));
        content.putString(CardsJson.plainText(cards));
        Clipboard.getSystemClipboard().setContent(content);
    }

    void cut() {
        List<Card> cards = selectedCards();
        if (cards.isEmpty()) {
            return;
        }
        copy();
        canvas.session().selection().cardIds().clear();
        canvas.edits().deleteCards(canvas.currentMap(), cards.stream().map(Card::id).toList());
    }

    /** Pastes after the selected card, or at the end of the selected cell, or into the first cell. */
    void paste() {
        List<Card> cards = fromClipboard();
        if (cards.isEmpty()) {
            return;
        }
        JourneyMap map = canvas.currentMap();
        Selection sel = canvas.session().selection();
        CellRef cell = sel.cellProperty().get();
        int index = -1;
        if (cell == null || map.stage(cell.stageId()).isEmpty() || map.lane(cell.laneId()).isEmpty()) {
            List<CellRef> cells = CellNavigator.cells(map);
            if (cells.isEmpty()) {
                return;
            }
            cell = cells.get(0);
        }
        List<Card> inCell = map.cardsIn(cell.stageId(), cell.laneId());
        for (int i = 0; i < inCell.size(); i++) {
            if (sel.cardIds().contains(inCell.get(i).id())) {
                index = i + 1;
            }
        }
        if (index < 0) {
            index = inCell.size();
        }
        List<String> ids = canvas.edits().pasteCards(map, cards, cell, index);
        sel.selectCards(ids);
        sel.cellProperty().set(cell);
    }

    private List<Card> selectedCards() {
        JourneyMap map = canvas.currentMap();
        java.util.Set<String> ids = java.util.Set.copyOf(canvas.session().selection().cardIds());
        return map.cards().stream().filter(c -> ids.contains(c.id()))
                .sorted(java.util.Comparator.<Card>comparingInt(c -> map.stageIndex(c.stageId()))
                        .thenComparingInt(c -> map.laneIndex(c.laneId())).thenComparingInt(Card::order))
                .toList();
    }

    private static List<Card> fromClipboard() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        Object json = clipboard.getContent(cardsFormat());
        if (json != null) {
            return CardsJson.read(json.toString());
        }
        if (clipboard.hasString()) {
            List<Card> cards = new ArrayList<>();
            for (String line : clipboard.getString().split("\\R")) {
                if (!line.isBlank() && cards.size() < 500) {
                    cards.add(Card.of("pasted", "-", "-", 0, CardType.NOTE, line.strip()));
                }
            }
            return cards;
        }
        return List.of();
    }
}
