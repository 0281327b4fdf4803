package app.masa.edit;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Ids;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Picture;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pictures brought onto a map (dropped, pasted or chosen) as one undo step. In a storyboard lane a
 * stage holds one picture: several pictures fill the stage they land on and the stages after it,
 * each frame keeping its caption when it already has one. Anywhere else each picture becomes a new
 * card of the cell, captioned with its file's name.
 */
public final class PictureEdits {
    /** A picture and the caption a new card gets for it (its file's name, without the extension). */
    public record Named(String caption, Picture picture) {
    }

    /** The step that places the pictures, and the cards that show them, in order. */
    public record Placed(Command command, List<String> cardIds) {
    }

    private PictureEdits() {
    }

    /** The pictures placed from a slot of a cell; empty when the cell is not on the map or there is nothing to place. */
    public static Optional<Placed> intoCell(JourneyMap map, String stageId, String laneId, int index,
                                            List<Named> pictures) {
        Optional<Lane> lane = map.lane(laneId);
        int stageAt = stageIndex(map, stageId);
        if (pictures.isEmpty() || lane.isEmpty() || stageAt < 0 || lane.get().kind() == LaneKind.EMOTION) {
            return Optional.empty();
        }
        Set<String> taken = new HashSet<>(map.cards().stream().map(Card::id).toList());
        List<Command> steps = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        boolean storyboard = lane.get().kind() == LaneKind.STORYBOARD;
        for (int i = 0; i < pictures.size(); i++) {
            Named named = pictures.get(i);
            String stage = storyboard ? map.stages().get(Math.min(stageAt + i, map.stages().size() - 1)).id() : stageId;
            Optional<Card> frame = storyboard ? firstCard(map, stage, laneId) : Optional.empty();
            if (frame.isPresent() && !ids.contains(frame.get().id())) {
                steps.add(Edits.setCardPicture(map.id(), frame.get().id(), named.picture()));
                ids.add(frame.get().id());
                continue;
            }
            String id = Ids.next("c", taken);
            taken.add(id);
            int at = storyboard ? (int) cardsIn(map, stage, laneId) : index + i;
            Card card = Card.of(id, stage, laneId, at, CardType.NOTE, named.caption()).withPicture(named.picture());
            steps.add(Edits.addCard(map.id(), card));
            ids.add(id);
        }
        String label = pictures.size() == 1 ? Messages.get("edit.picture.add")
                : Messages.get("edit.picture.addMany", pictures.size());
        return Optional.of(new Placed(steps.size() == 1 ? steps.get(0) : Edits.compound(label, steps), ids));
    }

    private static int stageIndex(JourneyMap map, String stageId) {
        List<Stage> stages = map.stages();
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Card> firstCard(JourneyMap map, String stageId, String laneId) {
        return map.cards().stream().filter(c -> c.isIn(stageId, laneId)).min((a, b) -> Integer.compare(a.order(),
                b.order()));
    }

    private static long cardsIn(JourneyMap map, String stageId, String laneId) {
        return map.cards().stream().filter(c -> c.isIn(stageId, laneId)).count();
    }
}
