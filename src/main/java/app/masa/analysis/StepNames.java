package app.masa.analysis;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.Channel;
import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import app.masa.model.Kebab;
import java.util.Locale;
import java.util.Optional;

/**
 * What a step of a conversion path stands for on a map: a touchpoint card (by id) or a channel
 * ({@code channel:social}). Gives each step its channel, and a name a person can read.
 */
public final class StepNames {
    /** The channel key of a card that has no channel. */
    public static final String NO_CHANNEL = "none";

    private final JourneyMap map;
    private final Locale words;

    /** Names in the interface language. */
    public StepNames(JourneyMap map) {
        this(map, Messages.locale());
    }

    /** Names in a given language: a report in the map's language names channels in it too. */
    public StepNames(JourneyMap map, Locale words) {
        this.map = map;
        this.words = words;
    }

    /** The channel a step belongs to, as its kebab name ("word-of-mouth"), or {@link #NO_CHANNEL}. */
    public String channelKey(String step) {
        Optional<Channel> named = ConversionPath.channelOf(step);
        if (named.isPresent()) {
            return Kebab.of(named.get());
        }
        return map.card(step).map(Card::channel).map(Kebab::of).orElse(NO_CHANNEL);
    }

    /** A step's name: the card's title, or the channel's name. */
    public String stepName(String step) {
        if (ConversionPath.isChannelStep(step)) {
            return channelName(step.substring(ConversionPath.CHANNEL_PREFIX.length()), words);
        }
        return map.card(step).map(c -> title(c, words)).orElseGet(() -> Messages.get(words, "analysis.step.missing", step));
    }

    /** A channel key's name in the interface language. */
    public static String channelName(String channelKey) {
        return channelName(channelKey, Messages.locale());
    }

    public static String channelName(String channelKey, Locale words) {
        if (NO_CHANNEL.equals(channelKey)) {
            return Messages.get(words, "analysis.channel.none");
        }
        String key = "layout.channel." + channelKey;
        return Messages.has(words, key) ? Messages.get(words, key) : channelKey;
    }

    public static String title(Card card) {
        return title(card, Messages.locale());
    }

    public static String title(Card card, Locale words) {
        return card.title().isBlank() ? Messages.get(words, "analysis.card.untitled") : card.title();
    }
}
