package app.masa.io;

import app.masa.model.Card;
import app.masa.model.Extras;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Stage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cards taken out of a map, written as a journey file of their own: what cut and copy put on the
 * clipboard, so that everything a saved file keeps (touchpoint answers, figures, fields of a newer
 * Masa) also survives a paste, into this map, another map or another window. The file holds one
 * map with the source map's scale and language and only the stages and lanes the cards stand in.
 */
public final class CardsFile {
    private CardsFile() {
    }

    /** The journey file text of {@code cards}, in their order, with the parts of {@code source} they need to be valid. */
    public static String write(JourneyMap source, List<Card> cards) {
        Set<String> stageIds = new LinkedHashSet<>();
        Set<String> laneIds = new LinkedHashSet<>();
        for (Card card : cards) {
            stageIds.add(card.stageId());
            laneIds.add(card.laneId());
        }
        List<Stage> stages = stageIds.stream()
                .map(id -> Stage.of(id, source.stage(id).map(Stage::name).orElse(""))).toList();
        List<Lane> lanes = laneIds.stream()
                .map(id -> source.lane(id).map(l -> Lane.of(id, l.title(), l.kind()))
                        .orElse(Lane.of(id, "", LaneKind.CARDS)))
                .toList();
        JourneyMap map = new JourneyMap(source.id(), source.title(), "", source.language(), source.direction(),
                source.scale(), List.of(), stages, lanes, cards, List.of(), null, null, Extras.NONE)
                .withCurrency(source.currency());
        return new String(JourneyCodec.write(JourneyFile.of(map)), StandardCharsets.UTF_8);
    }

    /**
     * The cards of the first map of a journey file, in file order, with the ids and places they had
     * there: whoever puts them into a map gives them new ones.
     *
     * @throws JourneyFileException when the text is not a valid journey file; every check of a file
     *                              from disk applies
     */
    public static List<Card> read(String text, String sourceName) throws JourneyFileException {
        JourneyFile file = JourneyCodec.read(text.getBytes(StandardCharsets.UTF_8), sourceName);
        return file.maps().isEmpty() ? List.of() : file.maps().get(0).cards();
    }
}
