package app.masa.ui;

import app.masa.io.JourneyFileException;
import app.masa.io.TemplateInfo;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.EmotionScale;
import app.masa.model.Extras;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Stage;
import app.masa.ui.files.DocumentSources;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A small two-map document and throw-away settings for the window tests. */
public final class ShellFixtures {
    public static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");

    private ShellFixtures() {
    }

    public static JourneyFile document() {
        return JourneyFile.of(map("map-a", "Shop visit"), map("map-b", "Delivery"));
    }

    public static JourneyMap map(String id, String title) {
        EmotionScale scale = EmotionScale.centred(List.of("awful", "bad", "ok", "good", "great"));
        List<Stage> stages = List.of(Stage.of("s1", "Awareness"), Stage.of("s2", "Purchase"));
        List<Lane> lanes = List.of(Lane.of("l1", "Touchpoints", LaneKind.CARDS), Lane.of("l2", "Emotion", LaneKind.EMOTION));
        List<Card> cards = List.of(
                Card.of("c1", "s1", "l1", 0, CardType.TOUCHPOINT, "Sponsored post").withScore(1),
                Card.of("c2", "s2", "l1", 0, CardType.TOUCHPOINT, "Checkout"));
        return new JourneyMap(id, title, "", "en", null, scale, List.of(), stages, lanes, cards, List.of(),
                CREATED, CREATED, Extras.NONE);
    }

    public static DocumentSources sources() {
        return new DocumentSources() {
            @Override
            public List<TemplateInfo> templates() {
                return List.of();
            }

            @Override
            public JourneyFile create(String templateId, String language) throws JourneyFileException {
                return document();
            }

            @Override
            public JourneyFile sample(String language) {
                return document();
            }
        };
    }

    /** A settings node of its own for one test; remove it with {@link #dispose(Preferences)}. */
    public static Preferences preferences() {
        return Preferences.userRoot().node("/app/masa/test/" + UUID.randomUUID());
    }

    public static void dispose(Preferences node) {
        try {
            node.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // Already gone: nothing to clean up.
        }
    }
}
