package app.masa.io.interchange;

import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import java.util.List;

/**
 * What importing a CSV into a map would do: the map afterwards, and the stages, lanes and cards it
 * gains (so the designer can apply them as commands that undo), or the problems that stop it.
 *
 * @param map the map with everything added; the map as it was when there are problems
 */
public record CsvImportResult(JourneyMap map, List<Stage> newStages, List<Lane> newLanes, List<Card> cards,
                              List<LineProblem> problems) {
    public CsvImportResult {
        newStages = List.copyOf(newStages);
        newLanes = List.copyOf(newLanes);
        cards = List.copyOf(cards);
        problems = List.copyOf(problems);
    }

    public boolean isOk() {
        return problems.isEmpty();
    }

    /** The map afterwards, or the problems as one exception. */
    public JourneyMap mapOrThrow() throws InterchangeException {
        if (!problems.isEmpty()) {
            throw new InterchangeException(problems);
        }
        return map;
    }
}
