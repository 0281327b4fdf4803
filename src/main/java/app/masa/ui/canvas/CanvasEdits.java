package app.masa.ui.canvas;

import app.masa.edit.Additions;
import app.masa.edit.Addition;
import app.masa.edit.Command;
import app.masa.edit.Edits;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Connection;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import app.masa.ui.session.CellRef;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.session.Selection;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every change the canvas makes, as commands from {@link Edits} handed to the session. Gestures
 * call these once, on release, and each call is sealed, so one gesture is one undo step. A card
 * index is a slot among the cell's cards as shown (0 before the first, the cell's size after the
 * last), which is what the drop indicator points at.
 */
final class CanvasEdits {
    private final DocumentSession session;

    CanvasEdits(DocumentSession session) {
        this.session = session;
    }

    /** Adds a card at a slot of a cell and returns its id. */
    String addCard(JourneyMap map, CellRef cell, int index, CardType type, String title) {
        Addition card = Additions.card(map, cell.stageId(), cell.laneId(), index, type, title);
        run(card.command());
        return card.id();
    }

    void moveCards(JourneyMap map, List<String> ids, CellRef cell, int index) {
        run(Edits.moveCards(map.id(), ids, cell.stageId(), cell.laneId(), index));
    }

    /** Copies of the cards at a slot; returns the new cards' ids. */
    List<String> duplicateCards(JourneyMap map, List<String> ids, CellRef cell, int index) {
        return runAdding(map, Edits.duplicateCards(map.id(), ids, cell.stageId(), cell.laneId(), index));
    }

    List<String> pasteCards(JourneyMap map, List<Card> cards, CellRef cell, int index) {
        return runAdding(map, Edits.pasteCards(map.id(), cards, cell.stageId(), cell.laneId(), index));
    }

    /** Any other change from the canvas, as its own undo step. */
    void apply(Command command) {
        run(command);
    }

    void deleteCards(JourneyMap map, Collection<String> ids) {
        run(Edits.deleteCards(map.id(), ids));
    }

    void changeCard(JourneyMap map, Card before, Card after) {
        if (!before.equals(after)) {
            run(Edits.changeCard(map.id(), before, after));
        }
    }

    void setCardScore(JourneyMap map, String cardId, Integer score) {
        run(Edits.setCardScore(map.id(), cardId, score));
    }

    /** Adds a stage at a place among the stages and returns its id. */
    String addStage(JourneyMap map, int index) {
        Addition stage = Additions.stage(map, index);
        run(stage.command());
        return stage.id();
    }

    void changeStage(JourneyMap map, Stage before, Stage after) {
        if (!before.equals(after)) {
            run(Edits.changeStage(map.id(), before, after));
        }
    }

    void moveStage(JourneyMap map, String stageId, int newIndex) {
        run(Edits.moveStage(map.id(), stageId, newIndex));
    }

    void deleteStage(JourneyMap map, String stageId) {
        run(Edits.deleteStage(map.id(), stageId));
    }

    /** Adds a lane at a place among the lanes and returns its id. */
    String addLane(JourneyMap map, int index) {
        Addition lane = Additions.lane(map, index);
        run(lane.command());
        return lane.id();
    }

    String addStoryboardLane(JourneyMap map, int index) {
        Addition lane = Additions.storyboardLane(map, index);
        run(lane.command());
        return lane.id();
    }

    void changeLane(JourneyMap map, Lane before, Lane after) {
        if (!before.equals(after)) {
            run(Edits.changeLane(map.id(), before, after));
        }
    }

    void moveLane(JourneyMap map, String laneId, int newIndex) {
        run(Edits.moveLane(map.id(), laneId, newIndex));
    }

    void deleteLane(JourneyMap map, String laneId) {
        run(Edits.deleteLane(map.id(), laneId));
    }

    void addConnection(JourneyMap map, String fromCardId, String toCardId) {
        run(Additions.connection(map, fromCardId, toCardId).command());
    }

    void changeConnection(JourneyMap map, Connection before, Connection after) {
        if (!before.equals(after)) {
            run(Edits.changeConnection(map.id(), before, after));
        }
    }

    void deleteConnections(JourneyMap map, Collection<String> ids) {
        run(Edits.deleteConnections(map.id(), ids));
    }

    /** Delete: the selected cards, or the selected arrow, stage or lane (asking first when it holds cards). */
    void deleteSelection(JourneyMap map) {
        Selection sel = session.selection();
        if (!sel.cardIds().isEmpty()) {
            List<String> ids = List.copyOf(sel.cardIds());
            sel.cardIds().clear();
            deleteCards(map, ids);
        } else if (sel.connectionIdProperty().get() != null) {
            String id = sel.connectionIdProperty().get();
            sel.clear();
            deleteConnections(map, List.of(id));
        } else if (sel.stageIdProperty().get() != null) {
            String id = sel.stageIdProperty().get();
            if (Confirmations.deleteStage(map, id)) {
                sel.clear();
                deleteStage(map, id);
            }
        } else if (sel.laneIdProperty().get() != null) {
            String id = sel.laneIdProperty().get();
            if (Confirmations.deleteLane(map, id)) {
                sel.clear();
                deleteLane(map, id);
            }
        }
    }

    /**
     * Hands a command to the session as an undo step of its own. A command that would change
     * nothing (a card dropped where it was) is left out, so it adds no empty step to undo.
     */
    private void run(Command command) {
        JourneyFile before = session.document();
        JourneyFile after;
        try {
            after = command.apply(before);
        } catch (RuntimeException e) {
            CanvasErrors.show(e);
            return;
        }
        if (after.equals(before)) {
            return;
        }
        session.seal();
        session.execute(command);
        session.seal();
    }

    /** Runs a command that adds cards and returns the ids it gave them. */
    private List<String> runAdding(JourneyMap map, Command command) {
        Set<String> before = new HashSet<>(map.cards().stream().map(Card::id).toList());
        run(command);
        JourneyMap after = session.document().map(map.id()).orElse(map);
        return after.cards().stream().map(Card::id).filter(id -> !before.contains(id)).toList();
    }
}
