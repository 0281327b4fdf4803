package app.masa.layout;

import app.masa.i18n.Messages;
import app.masa.model.Channel;
import app.masa.model.Kebab;
import java.util.Locale;

/** A channel's short name in the map's own language (not the interface's): it is printed on the map. */
final class ChannelNames {
    private ChannelNames() {
    }

    static String of(Channel channel, Locale mapLocale) {
        String key = "layout.channel." + Kebab.of(channel);
        return Messages.get(mapLocale, key);
    }
}
