package app.masa.io.interchange;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Ids;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Mermaid {@code journey} diagram onto the frame of a map (its lanes, scale and settings):
 * the title becomes the map's title, each {@code section} a stage, each {@code task: score: actors}
 * a touchpoint card in the touchpoints lane with its score laid onto the map's scale, and the actors
 * the map's personas.
 */
public final class MermaidReader {
    /** The most lines one diagram may have: far more than any journey a person would draw. */
    static final int MAX_LINES = 20_000;

    private final JourneyMap frame;
    private final Set<String> takenIds = new HashSet<>();
    private final List<Stage> stages = new ArrayList<>();
    private final List<Card> cards = new ArrayList<>();
    private final Map<String, Persona> personas = new LinkedHashMap<>();
    private final Lane lane;
    private final List<Lane> lanes;
    private String title;
    private int orderInStage;

    private MermaidReader(JourneyMap frame) {
        this.frame = MapFrames.blank(frame);
        frame.lanes().forEach(l -> takenIds.add(l.id()));
        lanes = new ArrayList<>(frame.lanes());
        Lane touchpoints = TouchpointLane.of(this.frame).orElse(null);
        if (touchpoints == null) {
            touchpoints = TouchpointLane.create(this.frame);
            lanes.add(touchpoints);
        }
        lane = touchpoints;
        title = frame.title();
    }

    public static JourneyMap read(String text, JourneyMap frame) throws InterchangeException {
        return new MermaidReader(frame).parse(text);
    }

    private JourneyMap parse(String text) throws InterchangeException {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
        if (lines.length > MAX_LINES) {
            throw InterchangeException.at(MAX_LINES + 1, Messages.get("interchange.mermaid.tooLong", MAX_LINES));
        }
        boolean started = false;
        boolean inDescription = false;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (inDescription) {
                inDescription = !line.endsWith("}");
                continue;
            }
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            if (!started) {
                if (!keyword(line).equals("journey") || line.length() > "journey".length()) {
                    throw InterchangeException.at(number, Messages.get("interchange.mermaid.notJourney"));
                }
                started = true;
            } else if (keyword(line).equals("title")) {
                title = MermaidText.unescape(rest(line, "title"));
            } else if (keyword(line).equals("section")) {
                section(rest(line, "section"), number);
            } else if (line.startsWith("accTitle") || line.startsWith("accDescr")) {
                inDescription = line.startsWith("accDescr") && line.contains("{") && !line.endsWith("}");
            } else {
                task(line, number);
            }
        }
        if (!started) {
            throw InterchangeException.at(1, Messages.get("interchange.mermaid.notJourney"));
        }
        if (stages.isEmpty()) {
            throw InterchangeException.at(lines.length, Messages.get("interchange.mermaid.empty"));
        }
        return frame.withTitle(title).withStages(stages).withLanes(lanes).withCards(cards)
                .withPersonas(new ArrayList<>(personas.values()));
    }

    private void section(String name, int line) throws InterchangeException {
        if (name.isEmpty()) {
            throw InterchangeException.at(line, Messages.get("interchange.mermaid.noSectionName"));
        }
        String id = Ids.next("s", takenIds);
        takenIds.add(id);
        stages.add(Stage.of(id, MermaidText.unescape(name)));
        orderInStage = 0;
    }

    private void task(String line, int number) throws InterchangeException {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw InterchangeException.at(number, Messages.get("interchange.mermaid.notStatement", line));
        }
        String name = line.substring(0, colon).strip();
        String[] data = line.substring(colon + 1).split(":", -1);
        if (name.isEmpty()) {
            throw InterchangeException.at(number, Messages.get("interchange.mermaid.noTaskName"));
        }
        if (data.length > 2) {
            throw InterchangeException.at(number, Messages.get("interchange.mermaid.tooManyColons"));
        }
        int score = score(data[0].strip(), number);
        if (stages.isEmpty()) {
            // tasks before the first section still belong somewhere
            section(Messages.get(Locale.forLanguageTag(frame.language()), "interchange.mermaid.firstSection"), number);
        }
        String id = Ids.next("c", takenIds);
        takenIds.add(id);
        Stage stage = stages.get(stages.size() - 1);
        cards.add(Card.of(id, stage.id(), lane.id(), orderInStage++, CardType.TOUCHPOINT, MermaidText.unescape(name))
                .withScore(MermaidScores.toScale(score, frame.scale())));
        if (data.length == 2) {
            for (String actor : data[1].split(",")) {
                actor(actor.strip());
            }
        }
    }

    private int score(String text, int line) throws InterchangeException {
        try {
            int score = Integer.parseInt(text);
            if (score >= MermaidScores.MIN && score <= MermaidScores.MAX) {
                return score;
            }
        } catch (NumberFormatException e) {
            // the message below says what a score must be
        }
        throw InterchangeException.at(line, Messages.get("interchange.mermaid.badScore", text));
    }

    private void actor(String name) {
        if (name.isEmpty() || personas.containsKey(name)) {
            return;
        }
        String id = Ids.next("p", takenIds);
        takenIds.add(id);
        personas.put(name, Persona.of(id, MermaidText.unescape(name)));
    }

    private static String keyword(String line) {
        int space = 0;
        while (space < line.length() && !Character.isWhitespace(line.charAt(space))) {
            space++;
        }
        return line.substring(0, space);
    }

    private static String rest(String line, String keyword) {
        return line.substring(keyword.length()).strip();
    }
}
