package app.masa.ui.canvas;

import app.masa.edit.Additions;
import app.masa.layout.CardBox;
import app.masa.layout.CellBox;
import app.masa.layout.FontRole;
import app.masa.layout.Metrics;
import app.masa.layout.Rect;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import app.masa.ui.session.CellRef;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sticky-note speed: with a cell selected, typing starts a new card at the end of the cell, Enter
 * adds it and starts the next one in the same cell, Tab and Shift+Tab go on in the next or
 * previous cell, Escape stops. Each card is one undo step.
 */
final class CaptureController {
    private final MapCanvas canvas;

    CaptureController(MapCanvas canvas) {
        this.canvas = canvas;
    }

    void startIn(CellRef cell) {
        startIn(cell, "");
    }

    /** Opens a new card's title in a cell, already holding the first typed characters. */
    void startIn(CellRef cell, String typed) {
        CellBox box = canvas.index().cell(cell);
        if (box == null) {
            return;
        }
        canvas.session().selection().selectCell(cell);
        Rect slot = slot(box, canvas.index().cardsIn(cell));
        canvas.reveal(slot);
        canvas.editor().open(slot, typed, FontRole.CARD_TITLE, new InPlaceEditor.Session() {
            private boolean added;

            @Override
            public void commit(String text) {
                if (!text.isEmpty()) {
                    JourneyMap map = canvas.currentMap();
                    int end = map.cardsIn(cell.stageId(), cell.laneId()).size();
                    canvas.edits().addCard(map, cell, end, typeFor(map, cell), text);
                    added = true;
                }
            }

            @Override
            public void afterEnter() {
                if (added) {
                    startIn(cell);
                }
            }

            @Override
            public boolean tab(String text, boolean backwards) {
                commit(text);
                startIn(CellNavigator.step(canvas.currentMap(), cell, backwards));
                return true;
            }

            @Override
            public void ended() {
                canvas.session().selection().selectCell(cell);
            }
        });
        if (!typed.isEmpty() && canvas.editor().field() != null) {
            canvas.editor().field().deselect();
            canvas.editor().field().positionCaret(typed.length());
        }
    }

    /** Where the next card of a cell will appear: under its last card, or at the top of an empty cell. */
    private Rect slot(CellBox cell, List<CardBox> cards) {
        Metrics m = canvas.currentLayout().style().metrics();
        double height = 44;
        if (cards.isEmpty()) {
            Rect b = cell.bounds();
            return new Rect(b.x() + m.cellPadding(), b.y() + m.cellPadding(), b.width() - 2 * m.cellPadding(), height);
        }
        Rect last = cards.get(cards.size() - 1).bounds();
        return new Rect(last.x(), last.maxY() + m.cardGap(), last.width(), height);
    }

    static CardType typeFor(JourneyMap map, CellRef cell) {
        return Additions.likelyType(map, cell.laneId());
    }
}
