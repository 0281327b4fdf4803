package app.masa.ui.analysis;

import app.masa.analysis.StepNames;
import app.masa.model.Card;
import app.masa.model.Channel;
import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;

/** A step a conversion path can take on a map: one of its touchpoints, or a channel as a whole. */
record StepChoice(String key, String name) {

    /** The map's touchpoints in journey order, then every channel. */
    static List<StepChoice> of(JourneyMap map) {
        List<StepChoice> choices = new ArrayList<>();
        StepNames names = new StepNames(map);
        for (Card card : map.touchpointsInJourneyOrder()) {
            choices.add(new StepChoice(card.id(), names.stepName(card.id())));
        }
        for (Channel channel : Channel.values()) {
            String key = ConversionPath.channelStep(channel);
            choices.add(new StepChoice(key, names.stepName(key)));
        }
        return choices;
    }

    @Override
    public String toString() {
        return name;
    }
}
