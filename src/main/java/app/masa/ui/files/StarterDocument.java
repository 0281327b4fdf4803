package app.masa.ui.files;

import app.masa.i18n.Messages;
import app.masa.model.EmotionScale;
import app.masa.model.Extras;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A small empty map, used only when the built-in sample cannot be read, so the designer still
 * opens on something the user can work with.
 */
public final class StarterDocument {
    private StarterDocument() {
    }

    public static JourneyFile create(Locale locale, Instant now) {
        String lang = locale.getLanguage();
        EmotionScale scale = EmotionScale.centred(List.of(
                Messages.get(locale, "ui.starter.scale.1"), Messages.get(locale, "ui.starter.scale.2"),
                Messages.get(locale, "ui.starter.scale.3"), Messages.get(locale, "ui.starter.scale.4"),
                Messages.get(locale, "ui.starter.scale.5")));
        List<Stage> stages = List.of(
                Stage.of("s-1", Messages.get(locale, "ui.starter.stage.1")),
                Stage.of("s-2", Messages.get(locale, "ui.starter.stage.2")),
                Stage.of("s-3", Messages.get(locale, "ui.starter.stage.3")));
        List<Lane> lanes = List.of(
                Lane.of("l-1", Messages.get(locale, "ui.starter.lane.touchpoints"), LaneKind.CARDS),
                Lane.of("l-2", Messages.get(locale, "ui.starter.lane.emotion"), LaneKind.EMOTION));
        JourneyMap map = new JourneyMap("map-1", Messages.get(locale, "ui.untitled"), "", lang, null, scale,
                List.of(), stages, lanes, List.of(), List.of(), now, now, Extras.NONE);
        return JourneyFile.of(map);
    }
}
