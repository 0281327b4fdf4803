package app.masa.io;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.ConversionPath;
import app.masa.model.DotVote;
import app.masa.model.EmotionScale;
import app.masa.model.Extras;
import app.masa.model.Facing;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.MetricSource;
import app.masa.model.Metrics;
import app.masa.model.Nps;
import app.masa.model.Persona;
import app.masa.model.PersonaPhoto;
import app.masa.model.Presence;
import app.masa.model.Stage;
import app.masa.model.TouchpointDetails;
import app.masa.model.TouchpointQuestion;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A document that uses every field of the touchpoint, figures, attribution and vote additions. */
final class RichMaps {
    /** The bytes of a 1×1 PNG, small enough for a readable test. */
    static final byte[] TINY_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private RichMaps() {
    }

    static JourneyFile rich() {
        JourneyMap base = TestMaps.small().maps().get(0);
        Map<TouchpointQuestion, String> answers = new EnumMap<>(TouchpointQuestion.class);
        answers.put(TouchpointQuestion.NOTES, "Check the budget");
        answers.put(TouchpointQuestion.EXPECTATION, "A fair price");
        answers.put(TouchpointQuestion.DELIVERY_EXTRAS, "A fridge magnet with our number");
        TouchpointDetails details = new TouchpointDetails(2, Presence.ONLINE, Facing.AD, "Marketing", List.of("Dana", "Her partner"), answers,
                Extras.of(Map.of("referral", "Friends")), Extras.of(Map.of("touchpointExtra", true)));
        Metrics metrics = new Metrics(1200L, 60L, 4.2, 300.0, MetricSource.SITE_ANALYTICS, LocalDate.of(2026, 11, 1),
                Extras.of(Map.of("metricsExtra", "x")));
        List<Card> cards = base.cards().stream().map(c -> c.id().equals("c-1")
                ? c.withTouchpoint(details).withMetrics(metrics) : c).toList();
        Nps nps = new Nps(40, 30, 10, MetricSource.SURVEY, LocalDate.of(2026, 10, 30), Extras.of(Map.of("npsExtra", 1L)));
        List<Stage> stages = List.of(base.stages().get(0).withNps(nps), base.stages().get(1));
        Persona dana = base.personas().get(0).withChannels(List.of(Channel.SOCIAL, Channel.WEBSITE))
                .withPhoto(PersonaPhoto.dataUri("image/png", TINY_PNG));
        ConversionPath path = new ConversionPath("path-1", List.of("channel:social", "c-1", "c-2"), 25, 1250.5,
                Extras.of(Map.of("pathExtra", "kept")));
        DotVote vote = new DotVote(3, 5, Set.of(CardType.PAIN_POINT, CardType.OPPORTUNITY), true,
                Map.of("c-2", 4, "c-1", 1), Extras.of(Map.of("voteExtra", "kept")));
        JourneyMap map = base.withCards(cards).withStages(stages).withPersonas(List.of(dana))
                .withScale(new EmotionScale(-2, base.scale().labels(), Extras.of(Map.of("scaleExtra", "kept"))))
                .withCurrency("EUR").withGapThreshold(3).withAttributionHalfLife(4)
                .withConversionPaths(List.of(path, ConversionPath.of("path-2", List.of("c-2"), 5)))
                .withVote(vote);
        return JourneyFile.of(map);
    }
}
