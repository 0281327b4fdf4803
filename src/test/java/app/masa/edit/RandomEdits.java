package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Connection;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Persona;
import app.masa.model.Stage;
import app.masa.model.sample.MapGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes a random but valid edit for the document as it is now, of every kind the designer has.
 * Property tests use all kinds evenly; the benchmark uses the mix a workshop produces (mostly
 * card moves and text), so its map keeps its size.
 */
public final class RandomEdits {
    /** How often each kind comes up, in the order of {@link #make}'s cases. */
    private static final int[] EVEN = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    private static final int[] WORKSHOP = {8, 25, 4, 3, 8, 25, 15, 0, 2, 1, 0, 0, 2, 1, 0, 2, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final String[] WORDS = {"Ad", "Checkout", "Call", "Delivery", "תשלום", "מודעה", "שיחה",
            "Login ב-app", "ביקורת 5★", "Coupon"};

    private final int[] weights;
    private final int total;

    private RandomEdits(int[] weights) {
        this.weights = weights;
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        this.total = sum;
    }

    public static RandomEdits everyKind() {
        return new RandomEdits(EVEN);
    }

    public static RandomEdits workshopMix() {
        return new RandomEdits(WORKSHOP);
    }

    /** One edit that applies to {@code doc}. */
    public Command next(JourneyFile doc, SplittableRandom random) {
        JourneyMap map = doc.maps().get(random.nextInt(doc.maps().size()));
        int pick = random.nextInt(total);
        int kind = 0;
        while (pick >= weights[kind]) {
            pick -= weights[kind++];
        }
        Command command = make(kind, doc, map, random);
        return command != null ? command : Edits.addCard(map.id(), newCard(map, random));
    }

    private Command make(int kind, JourneyFile doc, JourneyMap map, SplittableRandom random) {
        String m = map.id();
        boolean hasCards = !map.cards().isEmpty();
        switch (kind) {
            case 0: return Edits.addCard(m, newCard(map, random));
            case 1: return hasCards ? Edits.moveCards(m, someCards(map, random), stage(map, random), lane(map, random),
                    random.nextInt(6)) : null;
            case 2: return hasCards ? Edits.duplicateCards(m, someCards(map, random), stage(map, random),
                    lane(map, random), random.nextInt(6)) : null;
            case 3: return Edits.pasteCards(m, List.of(newCard(map, random), newCard(map, random)), stage(map, random),
                    lane(map, random), random.nextInt(6));
            case 4: return hasCards ? Edits.deleteCards(m, someCards(map, random)) : null;
            case 5: return hasCards ? changeCard(m, anyOf(map.cards(), random), random) : null;
            case 6: return hasCards ? Edits.setCardScore(m, anyOf(map.cards(), random).id(),
                    random.nextInt(4) == 0 ? null : map.scale().min() + random.nextInt(map.scale().levels())) : null;
            case 7: return Edits.addStage(m, Stage.of(freshId("s", random), word(random)), random.nextInt(map.stages().size() + 1));
            case 8: return changeStage(m, anyOf(map.stages(), random), random);
            case 9: return Edits.moveStage(m, anyOf(map.stages(), random).id(), random.nextInt(map.stages().size()));
            case 10: return map.stages().size() > 1 ? Edits.deleteStage(m, anyOf(map.stages(), random).id()) : null;
            case 11: return Edits.addLane(m, Lane.of(freshId("l", random), word(random), LaneKind.CARDS),
                    random.nextInt(map.lanes().size() + 1));
            case 12: return changeLane(m, anyOf(map.lanes(), random), random);
            case 13: return Edits.moveLane(m, anyOf(map.lanes(), random).id(), random.nextInt(map.lanes().size()));
            case 14: return map.lanes().size() > 1 ? Edits.deleteLane(m, anyOf(map.lanes(), random).id()) : null;
            case 15: return hasCards ? Edits.addConnection(m, Connection.of(freshId("k", random),
                    anyOf(map.cards(), random).id(), anyOf(map.cards(), random).id())) : null;
            case 16: return map.connections().isEmpty() ? null : changeConnection(m, anyOf(map.connections(), random), random);
            case 17: return map.connections().isEmpty() ? null
                    : Edits.deleteConnections(m, List.of(anyOf(map.connections(), random).id()));
            case 18: return changeMap(map, random);
            case 19: return Edits.setScale(m, scale(3 + random.nextInt(9)));
            case 20: return Edits.addMap(MapGenerator.generate(random.nextLong(), 2, 3, 6).maps().get(0)
                    .withId(freshId("map", random)), random.nextInt(doc.maps().size() + 1));
            case 21: return Edits.duplicateMap(m, word(random));
            case 22: return doc.maps().size() > 1 ? Edits.deleteMap(m) : null;
            case 23: return Edits.moveMap(m, random.nextInt(doc.maps().size()));
            case 24: return Edits.addPersona(m, Persona.of(freshId("p", random), word(random)));
            case 25: return map.personas().isEmpty() ? null : changePersona(m, anyOf(map.personas(), random), random);
            case 26: return map.personas().isEmpty() ? null : Edits.deletePersona(m, anyOf(map.personas(), random).id());
            default: return hasCards ? Edits.compound("Tidy", List.of(
                    Edits.moveCards(m, someCards(map, random), stage(map, random), lane(map, random), 0),
                    Edits.setCardScore(m, map.cards().get(0).id(), map.scale().min()))) : null;
        }
    }

    private static Command changeCard(String m, Card c, SplittableRandom random) {
        Card after = switch (random.nextInt(6)) {
            case 0 -> c.withTitle(c.title() + word(random).charAt(0));
            case 1 -> c.withBody(word(random) + " " + word(random));
            case 2 -> c.withType(CardType.values()[random.nextInt(CardType.values().length)]);
            case 3 -> c.withChannel(random.nextBoolean() ? null : Channel.values()[random.nextInt(Channel.values().length)]);
            case 4 -> c.withTags(random.nextBoolean() ? List.of() : List.of(word(random)));
            default -> c.withColor(random.nextBoolean() ? null : "#12ab" + (10 + random.nextInt(89)));
        };
        return Edits.changeCard(m, c, after);
    }

    private static Command changeStage(String m, Stage s, SplittableRandom random) {
        Stage after = switch (random.nextInt(4)) {
            case 0 -> s.withName(s.name() + word(random).charAt(0));
            case 1 -> s.withWidth(0.5 + random.nextInt(4) * 0.25);
            case 2 -> s.withDescription(word(random));
            default -> s.withColor(random.nextBoolean() ? null : "#3355" + (10 + random.nextInt(89)));
        };
        return Edits.changeStage(m, s, after);
    }

    private static Command changeLane(String m, Lane l, SplittableRandom random) {
        Lane after = switch (random.nextInt(4)) {
            case 0 -> l.withTitle(l.title() + word(random).charAt(0));
            case 1 -> l.withHeight(random.nextInt(5) * 40);
            case 2 -> l.withCollapsed(!l.collapsed());
            default -> l.withColor(random.nextBoolean() ? null : "#aa55" + (10 + random.nextInt(89)));
        };
        return Edits.changeLane(m, l, after);
    }

    private static Command changeConnection(String m, Connection c, SplittableRandom random) {
        return Edits.changeConnection(m, c, c.withLabel(random.nextBoolean() ? "" : word(random)));
    }

    private static Command changePersona(String m, Persona p, SplittableRandom random) {
        Persona after = random.nextBoolean() ? p.withName(p.name() + word(random).charAt(0))
                : p.withGoals(List.of(word(random), word(random)));
        return Edits.changePersona(m, p, after);
    }

    private static Command changeMap(JourneyMap map, SplittableRandom random) {
        JourneyMap after = switch (random.nextInt(3)) {
            case 0 -> map.withTitle(map.title() + word(random).charAt(0));
            case 1 -> map.withScenario(word(random));
            default -> {
                String language = map.language().equals("he") ? "en" : "he";
                yield map.withLanguage(language).withDirection(Direction.forLanguage(language));
            }
        };
        return Edits.changeMap(map, after);
    }

    private static Card newCard(JourneyMap map, SplittableRandom random) {
        CardType type = CardType.values()[random.nextInt(CardType.values().length)];
        Card card = Card.of(freshId("c", random), stage(map, random), lane(map, random), random.nextInt(5), type,
                word(random));
        return type == CardType.TOUCHPOINT ? card.withScore(map.scale().min() + random.nextInt(map.scale().levels())) : card;
    }

    private static List<String> someCards(JourneyMap map, SplittableRandom random) {
        int count = 1 + random.nextInt(3);
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(anyOf(map.cards(), random).id());
        }
        return ids;
    }

    private static String stage(JourneyMap map, SplittableRandom random) {
        return anyOf(map.stages(), random).id();
    }

    private static String lane(JourneyMap map, SplittableRandom random) {
        return anyOf(map.lanes(), random).id();
    }

    private static EmotionScale scale(int levels) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            labels.add("L" + i);
        }
        return EmotionScale.centred(labels);
    }

    private static <T> T anyOf(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String word(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** Random enough never to clash in a test's lifetime. */
    private static String freshId(String prefix, SplittableRandom random) {
        return prefix + "-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    }
}
