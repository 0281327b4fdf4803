package app.masa.model.sample;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Connection;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.Extras;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds believable journey maps of any size from a seed: the same seed always gives the same
 * document. Benchmarks and property tests use it, so the maps look like real ones: one emotion
 * lane and the rest card lanes, every card type and channel, scored touchpoints, connections
 * between cards, and titles in English, Hebrew and both at once.
 */
public final class MapGenerator {
    private static final String[] STAGES_EN = {"Awareness", "Consideration", "Conversion", "Purchase", "Retention",
            "Onboarding", "Support", "Renewal", "Advocacy"};
    private static final String[] STAGES_HE = {"מודעות", "שיקול", "המרה", "רכישה", "שימור", "קליטה", "תמיכה",
            "חידוש", "המלצה"};
    private static final String[] LANES_EN = {"Touchpoints", "Customer actions", "Thoughts and feelings",
            "Pain points", "Opportunities", "Behind the scenes", "Notes"};
    private static final String[] LANES_HE = {"נקודות מגע", "פעולות הלקוח", "מחשבות ורגשות", "נקודות כאב",
            "הזדמנויות", "מאחורי הקלעים", "הערות"};
    private static final String[] WORDS_EN = {"Sponsored post", "Checkout", "Newsletter", "Price page",
            "Call the store", "Delivery arrives", "Reads reviews", "Compares offers", "Abandons cart",
            "Chat with support", "Loyalty points", "Asks a friend"};
    private static final String[] WORDS_HE = {"פוסט ממומן", "תשלום", "ניוזלטר", "דף מחירים", "שיחה לחנות",
            "המשלוח מגיע", "קורא ביקורות", "משווה הצעות", "נוטש את העגלה", "צ'אט עם התמיכה", "נקודות מועדון",
            "שואל חבר"};
    private static final String[] MIXED = {"הזמנה ב-WhatsApp", "קוד קופון SAVE10", "Google Ads מביא לדף הנחיתה",
            "(שאלה) about the 30-day return?", "משלוח ב-48 שעות"};
    private static final String[] COLORS = {"#4f7cac", "#c0504d", "#9bbb59", "#8064a2", "#f79646", "#2c7873"};
    private static final CardType[] CARD_LANE_TYPES = {CardType.TOUCHPOINT, CardType.ACTION, CardType.THOUGHT,
            CardType.PAIN_POINT, CardType.OPPORTUNITY, CardType.NOTE};

    private final SplittableRandom random;
    private final boolean hebrew;

    private MapGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.hebrew = random.nextBoolean();
    }

    /**
     * A file with one map of {@code stages} stages, {@code lanes} lanes (at least two: one is the
     * emotion lane) and {@code cards} cards spread over the card lanes.
     */
    public static JourneyFile generate(long seed, int stages, int lanes, int cards) {
        if (stages < 1 || lanes < 2 || cards < 0) {
            throw new IllegalArgumentException("a generated map needs a stage, two lanes and no negative card count");
        }
        return JourneyFile.of(new MapGenerator(seed).map(stages, lanes, cards));
    }

    private JourneyMap map(int stageCount, int laneCount, int cardCount) {
        List<Stage> stages = stages(stageCount);
        List<Lane> lanes = lanes(laneCount);
        List<Card> cards = cards(stages, lanes, cardCount);
        Instant created = Instant.parse("2026-01-01T09:00:00Z").plusSeconds(random.nextInt(86_400 * 300));
        String language = hebrew ? "he" : "en";
        return new JourneyMap("map-" + random.nextInt(1000), title(), hebrew ? "הזמנה ראשונה, מהמודעה ועד הביקור הבא"
                : "A first order, from the ad to the next visit", language, Direction.forLanguage(language),
                scale(), personas(), stages, lanes, cards, connections(cards), created,
                created.plusSeconds(random.nextInt(86_400)), Extras.NONE);
    }

    private String title() {
        return hebrew ? "הזמנת ירקות אונליין" : "Ordering vegetables online";
    }

    private EmotionScale scale() {
        return hebrew
                ? EmotionScale.centred(List.of("מתוסכל מאוד", "מתוסכל", "ניטרלי", "מרוצה", "מרוצה מאוד"))
                : EmotionScale.centred(List.of("Very negative", "Negative", "Neutral", "Positive", "Very positive"));
    }

    private List<Persona> personas() {
        Persona dana = new Persona("p-1", hebrew ? "דנה" : "Dana", hebrew ? "הורה עסוק" : "Busy parent",
                hebrew ? "אין לי זמן לעמוד בתור" : "I have no time to queue", List.of(hebrew ? "לחסוך זמן" : "Save time"),
                List.of(hebrew ? "משלוח אמין" : "Reliable delivery"), List.of(hebrew ? "חלונות משלוח ארוכים"
                : "Long delivery windows"), Extras.NONE);
        return random.nextBoolean() ? List.of(dana) : List.of(dana, Persona.of("p-2", hebrew ? "יוסי" : "Yossi"));
    }

    private List<Stage> stages(int count) {
        List<Stage> stages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = (hebrew ? STAGES_HE : STAGES_EN)[i % STAGES_EN.length] + suffix(i, STAGES_EN.length);
            double width = random.nextInt(4) == 0 ? 1.5 : Stage.DEFAULT_WIDTH;
            String color = random.nextBoolean() ? COLORS[i % COLORS.length] : null;
            String description = random.nextInt(3) == 0 ? (hebrew ? "מה הלקוח עושה כאן" : "What the customer does here") : "";
            stages.add(new Stage("s-" + (i + 1), name, description, width, color, Extras.NONE));
        }
        return stages;
    }

    private List<Lane> lanes(int count) {
        List<Lane> lanes = new ArrayList<>(count);
        int emotionAt = Math.min(3, count - 1);
        int cardLane = 0;
        for (int i = 0; i < count; i++) {
            if (i == emotionAt) {
                lanes.add(Lane.of("l-" + (i + 1), hebrew ? "רגש" : "Emotion", LaneKind.EMOTION));
                continue;
            }
            String title = (hebrew ? LANES_HE : LANES_EN)[cardLane % LANES_EN.length] + suffix(cardLane, LANES_EN.length);
            cardLane++;
            lanes.add(new Lane("l-" + (i + 1), title, LaneKind.CARDS, 0, random.nextInt(4) == 0
                    ? COLORS[i % COLORS.length] : null, false, Extras.NONE));
        }
        return lanes;
    }

    private List<Card> cards(List<Stage> stages, List<Lane> lanes, int count) {
        List<Lane> cardLanes = lanes.stream().filter(l -> l.kind() == LaneKind.CARDS).toList();
        int[][] nextOrder = new int[stages.size()][cardLanes.size()];
        List<Card> cards = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int s = random.nextInt(stages.size());
            int l = random.nextInt(cardLanes.size());
            CardType type = random.nextInt(5) == 0 ? CARD_LANE_TYPES[random.nextInt(CARD_LANE_TYPES.length)]
                    : CARD_LANE_TYPES[l % CARD_LANE_TYPES.length];
            Channel channel = type == CardType.TOUCHPOINT || random.nextInt(4) == 0
                    ? Channel.values()[random.nextInt(Channel.values().length)] : null;
            Integer score = type == CardType.TOUCHPOINT || random.nextInt(6) == 0 ? random.nextInt(5) - 2 : null;
            List<String> tags = random.nextInt(5) == 0 ? List.of(hebrew ? "ממומן" : "paid") : List.of();
            String color = random.nextInt(10) == 0 ? COLORS[random.nextInt(COLORS.length)] : null;
            String body = random.nextInt(3) == 0 ? text() + ". " + text() : "";
            cards.add(new Card("c-" + (i + 1), stages.get(s).id(), cardLanes.get(l).id(), nextOrder[s][l]++, text(),
                    body, type, channel, score, tags, color, Extras.NONE));
        }
        return cards;
    }

    private List<Connection> connections(List<Card> cards) {
        List<Connection> connections = new ArrayList<>();
        int count = cards.size() < 2 ? 0 : Math.max(1, cards.size() / 20);
        for (int i = 0; i < count; i++) {
            Card from = cards.get(random.nextInt(cards.size()));
            Card to = cards.get(random.nextInt(cards.size()));
            if (from != to) {
                String label = random.nextInt(3) == 0 ? (hebrew ? "לוחץ" : "clicks") : "";
                connections.add(new Connection("k-" + (i + 1), from.id(), to.id(), label, Extras.NONE));
            }
        }
        return connections;
    }

    /** Mostly text in the map's language, sometimes the other one, sometimes both in one line. */
    private String text() {
        int pick = random.nextInt(10);
        if (pick == 0) {
            return MIXED[random.nextInt(MIXED.length)];
        }
        boolean inHebrew = pick == 1 ? !hebrew : hebrew;
        String[] words = inHebrew ? WORDS_HE : WORDS_EN;
        return words[random.nextInt(words.length)];
    }

    private static String suffix(int index, int cycle) {
        return index < cycle ? "" : " " + (index / cycle + 1);
    }
}
