package app.masa.layout;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Connection;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.Extras;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Maps built in code for layout and export tests: an English one, a Hebrew one, and large generated ones. */
public final class SampleMaps {
    private SampleMaps() {
    }

    /** A transparent PNG of the given size as a data URI, as a brand logo or persona photo. */
    public static String logo(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return app.masa.model.PersonaPhoto.dataUri("image/png", out.toByteArray());
    }

    public static JourneyMap english() {
        List<Stage> stages = List.of(Stage.of("s1", "Awareness"), Stage.of("s2", "Consideration"),
                Stage.of("s3", "Purchase"), Stage.of("s4", "Delivery"), Stage.of("s5", "Retention"));
        List<Lane> lanes = List.of(Lane.of("l1", "Touchpoints", LaneKind.CARDS), Lane.of("l2", "Actions", LaneKind.CARDS),
                Lane.of("l3", "Thoughts and pain points", LaneKind.CARDS), Lane.of("l4", "Emotion", LaneKind.EMOTION),
                Lane.of("l5", "Opportunities", LaneKind.CARDS), Lane.of("l6", "Notes", LaneKind.TEXT));
        List<Card> cards = new ArrayList<>();
        cards.add(card("c1", "s1", "l1", 0, CardType.TOUCHPOINT, "Sponsored post on Instagram",
                "A friend shares a reel of the weekly vegetable box.", Channel.SOCIAL, 1));
        cards.add(card("c2", "s2", "l1", 0, CardType.TOUCHPOINT, "Website product page", "", Channel.WEBSITE, 0));
        cards.add(card("c3", "s2", "l1", 1, CardType.TOUCHPOINT, "Reviews on Google", "Mixed reviews about delivery times.",
                Channel.WEBSITE, -1));
        cards.add(card("c4", "s3", "l1", 0, CardType.TOUCHPOINT, "Checkout", "Long form, coupon field fails.",
                Channel.WEBSITE, -2));
        cards.add(card("c5", "s4", "l1", 0, CardType.TOUCHPOINT, "Courier call", "", Channel.PHONE, 2));
        cards.add(card("c6", "s5", "l1", 0, CardType.TOUCHPOINT, "Weekly reminder email", "", Channel.EMAIL, 1));
        cards.add(card("c7", "s1", "l2", 0, CardType.ACTION, "Scrolls the feed", "", null, null));
        cards.add(card("c8", "s3", "l2", 0, CardType.ACTION, "Fills in the address", "", null, null));
        cards.add(card("c9", "s3", "l2", 1, CardType.ACTION, "Pays with a card", "", null, null));
        cards.add(card("c10", "s3", "l3", 0, CardType.PAIN_POINT, "Coupon rejected",
                "Error message does not say why; calls support.", null, null));
        cards.add(card("c11", "s2", "l3", 0, CardType.THOUGHT, "Is it really fresher than the supermarket?", "", null, null));
        cards.add(card("c12", "s3", "l5", 0, CardType.OPPORTUNITY, "One-page checkout",
                "Save the address, apply coupons automatically.", null, null));
        cards.add(card("c13", "s5", "l6", 0, CardType.NOTE, "Churn peaks after the third week.", "", null, null));
        List<Connection> connections = List.of(Connection.of("k1", "c1", "c2").withLabel("clicks"),
                Connection.of("k2", "c4", "c5"), Connection.of("k3", "c6", "c1").withLabel("reorders"));
        return new JourneyMap("m-en", "Ordering vegetables online", "A first order, from an ad to the next visit", "en",
                Direction.LTR, EmotionScale.centred(List.of("Very negative", "Negative", "Neutral", "Positive", "Very positive")),
                List.of(Persona.of("p1", "Dana").withRole("Busy parent")), stages, lanes, cards, connections,
                Instant.parse("2026-11-22T09:00:00Z"), Instant.parse("2026-11-22T09:30:00Z"), Extras.NONE);
    }

    public static JourneyMap hebrew() {
        List<Stage> stages = List.of(Stage.of("s1", "מודעות"), Stage.of("s2", "שקילה"), Stage.of("s3", "רכישה"),
                Stage.of("s4", "משלוח"), Stage.of("s5", "נאמנות"));
        List<Lane> lanes = List.of(Lane.of("l1", "נקודות מגע", LaneKind.CARDS), Lane.of("l2", "פעולות", LaneKind.CARDS),
                Lane.of("l3", "רגש", LaneKind.EMOTION), Lane.of("l4", "הזדמנויות", LaneKind.CARDS));
        List<Card> cards = new ArrayList<>();
        cards.add(card("c1", "s1", "l1", 0, CardType.TOUCHPOINT, "פוסט ממומן באינסטגרם", "חברה משתפת סרטון של ארגז הירקות.",
                Channel.SOCIAL, 1));
        cards.add(card("c2", "s2", "l1", 0, CardType.TOUCHPOINT, "דף המוצר באתר", "מחיר: 120 ₪ לארגז (כולל משלוח)",
                Channel.WEBSITE, 0));
        cards.add(card("c3", "s3", "l1", 0, CardType.TOUCHPOINT, "תשלום", "קוד הקופון SAVE10 לא עובד", Channel.WEBSITE, -2));
        cards.add(card("c4", "s4", "l1", 0, CardType.TOUCHPOINT, "שיחה מהשליח", "", Channel.PHONE, 2));
        cards.add(card("c5", "s5", "l1", 0, CardType.TOUCHPOINT, "Newsletter שבועי", "", Channel.EMAIL, 1));
        cards.add(card("c6", "s3", "l2", 0, CardType.PAIN_POINT, "הקופון נדחה", "15% הנחה שלא התקבלה", null, null));
        cards.add(card("c7", "s3", "l4", 0, CardType.OPPORTUNITY, "קופה בעמוד אחד", "", null, null));
        List<Connection> connections = List.of(Connection.of("k1", "c1", "c2").withLabel("לוחצת"),
                Connection.of("k2", "c5", "c1").withLabel("מזמינה שוב"));
        return new JourneyMap("m-he", "הזמנת ירקות באונליין", "הזמנה ראשונה, מהמודעה ועד הביקור הבא", "he", Direction.RTL,
                EmotionScale.centred(List.of("מתוסכלת", "לא מרוצה", "ניטרלית", "מרוצה", "נלהבת")),
                List.of(Persona.of("p1", "דנה").withRole("אמא עסוקה")), stages, lanes, cards, connections,
                Instant.parse("2026-11-22T09:00:00Z"), Instant.parse("2026-11-22T09:30:00Z"), Extras.NONE);
    }

    /** A large map with text of varied length, for benchmarks and performance-minded tests. */
    public static JourneyMap generated(int stageCount, int laneCount, int cardCount, long seed) {
        Random random = new Random(seed);
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < stageCount; i++) {
            stages.add(Stage.of("s" + i, "Stage " + (i + 1)));
        }
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < laneCount; i++) {
            lanes.add(Lane.of("l" + i, "Lane " + (i + 1), i == 2 ? LaneKind.EMOTION : LaneKind.CARDS));
        }
        String[] words = {"customer", "order", "delivery", "support", "price", "coupon", "app", "store", "call", "email",
                "review", "friend", "fresh", "box", "weekly", "late", "easy", "form", "payment", "reminder"};
        CardType[] types = CardType.values();
        List<Card> cards = new ArrayList<>();
        int[] order = new int[stageCount * laneCount];
        for (int i = 0; i < cardCount; i++) {
            int s = random.nextInt(stageCount);
            int l = random.nextInt(laneCount);
            if (l == 2) {
                l = 0;
            }
            CardType type = types[random.nextInt(types.length)];
            Card c = card("c" + i, "s" + s, "l" + l, order[s * laneCount + l]++, type, sentence(random, words, 2, 6),
                    random.nextBoolean() ? sentence(random, words, 4, 14) : "",
                    type == CardType.TOUCHPOINT ? Channel.values()[random.nextInt(Channel.values().length)] : null,
                    type == CardType.TOUCHPOINT ? random.nextInt(5) - 2 : null);
            cards.add(c);
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i + 1 < cardCount && connections.size() < cardCount / 20; i += 20) {
            connections.add(Connection.of("k" + i, "c" + i, "c" + (i + 1)));
        }
        return new JourneyMap("m-gen", "Generated map", "", "en", Direction.LTR,
                EmotionScale.centred(List.of("Very negative", "Negative", "Neutral", "Positive", "Very positive")),
                List.of(), stages, lanes, cards, connections, null, null, Extras.NONE);
    }

    private static String sentence(Random random, String[] words, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(words[random.nextInt(words.length)]);
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    static Card card(String id, String stage, String lane, int order, CardType type, String title, String body,
                     Channel channel, Integer score) {
        return new Card(id, stage, lane, order, title, body, type, channel, score, List.of(), null, Extras.NONE);
    }
}
