package app.masa.io.interchange;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Ids;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Persona;
import app.masa.model.Stage;
import app.masa.model.TouchpointDetails;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Mermaid {@code journey} diagram onto the frame of a map (its lanes, scale and settings):
 * the title becomes the map's title, each {@code section} a stage, each {@code task: score: actors}
 * a touchpoint card in the touchpoints lane with its score laid onto the map's scale and its actors,
 * and every actor one of the map's personas. The accessible description becomes the map's scenario, and the accessible
 * title its title when the diagram has no other. Lines are told apart the way Mermaid's own parser
 * does: by their first word, whatever its case.
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
    private final List<LineProblem> notes = new ArrayList<>();
    private String title;
    private String diagramTitle;
    private String accessibleTitle;
    private String description;
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
        return readWithNotes(text, frame).map();
    }

    /** The map, and what was changed on the way in. */
    public static MermaidImport readWithNotes(String text, JourneyMap frame) throws InterchangeException {
        MermaidReader reader = new MermaidReader(frame);
        JourneyMap map = reader.parse(text);
        return new MermaidImport(map, reader.notes);
    }

    private JourneyMap parse(String text) throws InterchangeException {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
        if (lines.length > MAX_LINES) {
            throw InterchangeException.at(MAX_LINES + 1, Messages.get("interchange.mermaid.tooLong", MAX_LINES));
        }
        MermaidFrontMatter front = MermaidFrontMatter.read(lines);
        front.ignored().forEach(key -> notes.add(new LineProblem(1,
                Messages.get("interchange.mermaid.settingIgnored", key))));
        diagramTitle = front.title();
        boolean started = false;
        StringBuilder inDescription = null;
        for (int i = front.lines(); i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (inDescription != null) {
                int end = line.indexOf('}');
                inDescription.append(inDescription.isEmpty() ? "" : " ").append(end < 0 ? line : line.substring(0, end));
                if (end >= 0) {
                    description = inDescription.toString().strip();
                    inDescription = null;
                }
                continue;
            }
            if (line.isEmpty() || comment(line)) {
                continue;
            }
            String keyword = keyword(line).toLowerCase(Locale.ROOT);
            if (!started) {
                if (!keyword.equals("journey") || line.length() > "journey".length()) {
                    throw InterchangeException.at(number, Messages.get("interchange.mermaid.notJourney"));
                }
                started = true;
            } else if (keyword.equals("title")) {
                diagramTitle = MermaidText.unescape(statement(rest(line, "title")));
            } else if (keyword.equals("section")) {
                section(statement(rest(line, "section")), number);
            } else if (ACC_TITLE.matcher(line).matches()) {
                accessibleTitle = after(line, ':');
            } else if (ACC_DESCRIPTION.matcher(line).matches()) {
                description = after(line, ':');
            } else if (ACC_DESCRIPTION_BLOCK.matcher(line).matches()) {
                String block = after(line, '{');
                int end = block.indexOf('}');
                if (end >= 0) {
                    description = block.substring(0, end).strip();
                } else {
                    inDescription = new StringBuilder(block);
                }
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
        if (diagramTitle != null && !diagramTitle.isBlank()) {
            title = diagramTitle.strip();
        } else if (accessibleTitle != null && !accessibleTitle.isBlank()) {
            title = accessibleTitle;
        }
        JourneyMap map = frame.withTitle(title).withStages(stages).withLanes(lanes).withCards(cards)
                .withPersonas(new ArrayList<>(personas.values()));
        // the frame's scenario tells another story than the diagram's
        return map.withScenario(description == null ? "" : description);
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

    private void task(String whole, int number) throws InterchangeException {
        String line = statement(whole);
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
        int score = score(data[0].strip(), number, name);
        if (stages.isEmpty()) {
            // tasks before the first section still belong somewhere
            section(Messages.get(Locale.forLanguageTag(frame.language()), "interchange.mermaid.firstSection"), number);
        }
        String id = Ids.next("c", takenIds);
        takenIds.add(id);
        Stage stage = stages.get(stages.size() - 1);
        List<String> actors = new ArrayList<>();
        if (data.length == 2) {
            for (String actor : data[1].split(",")) {
                String person = MermaidText.unescapeActor(actor.strip());
                if (!person.isEmpty() && !actors.contains(person)) {
                    actors.add(person);
                    actor(person);
                }
            }
        }
        cards.add(Card.of(id, stage.id(), lane.id(), orderInStage++, CardType.TOUCHPOINT, MermaidText.unescape(name))
                .withScore(MermaidScores.toScale(score, frame.scale()))
                .withTouchpoint(TouchpointDetails.EMPTY.withActors(actors)));
    }

    /**
     * Mermaid draws any number as a score, even one outside 1–5 or with a fraction; Masa keeps the
     * task and pulls its score onto the scale, saying so. Only text that is no number is refused.
     */
    private int score(String text, int line, String task) throws InterchangeException {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw InterchangeException.at(line, Messages.get("interchange.mermaid.badScore", text));
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw InterchangeException.at(line, Messages.get("interchange.mermaid.badScore", text));
        }
        long rounded = Math.round(Math.max(MermaidScores.MIN, Math.min(MermaidScores.MAX, value)));
        if (rounded != value) {
            notes.add(new LineProblem(line, Messages.get("interchange.mermaid.scoreMoved",
                    MermaidText.unescape(task), text, rounded)));
        }
        return (int) rounded;
    }

    private void actor(String name) {
        if (name.isEmpty() || personas.containsKey(name)) {
            return;
        }
        String id = Ids.next("p", takenIds);
        takenIds.add(id);
        personas.put(name, Persona.of(id, name));
    }

    /** Mermaid skips a line that starts with '%' or '#', or has "%%" after its first character. */
    private static boolean comment(String line) {
        return line.startsWith("%") || line.startsWith("#")
                || line.length() >= 3 && line.charAt(0) != '}' && line.startsWith("%%", 1);
    }

    /** A statement ends at '#' (a comment follows) or ';', as in Mermaid. */
    private static String statement(String line) {
        int end = line.length();
        for (char stop : new char[] {'#', ';'}) {
            int at = line.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return line.substring(0, end).strip();
    }

    private static String after(String line, char separator) {
        return line.substring(line.indexOf(separator) + 1).strip();
    }

    private static String keyword(String line) {
        int space = 0;
        while (space < line.length() && !Character.isWhitespace(line.charAt(space))) {
            space++;
        }
        return line.substring(0, space);
    }

    private static final Pattern ACC_TITLE = Pattern.compile("(?i)accTitle\\s*:.*");
    private static final Pattern ACC_DESCRIPTION = Pattern.compile("(?i)accDescr\\s*:.*");
    private static final Pattern ACC_DESCRIPTION_BLOCK = Pattern.compile("(?i)accDescr\\s*\\{.*");

    private static String rest(String line, String keyword) {
        return line.substring(keyword.length()).strip();
    }
}
