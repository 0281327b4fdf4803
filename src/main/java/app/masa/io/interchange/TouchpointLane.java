package app.masa.io.interchange;

import app.masa.i18n.Messages;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import java.util.Locale;
import java.util.Optional;

/** The lane where imported touchpoints go when the file names none. */
final class TouchpointLane {
    static final String ID = "touchpoints";

    private TouchpointLane() {
    }

    /** The lane called "touchpoints", else the first card lane used for touchpoints, else the first card lane. */
    static Optional<Lane> of(JourneyMap map) {
        Optional<Lane> named = map.lane(ID);
        if (named.isPresent()) {
            return named;
        }
        Optional<Lane> used = map.lanes().stream()
                .filter(l -> l.kind() == LaneKind.CARDS)
                .filter(l -> LaneTypes.usualType(map, l).orElse(null) == CardType.TOUCHPOINT)
                .findFirst();
        return used.isPresent() ? used : map.lanes().stream().filter(l -> l.kind() == LaneKind.CARDS).findFirst();
    }

    /** A new touchpoints lane, for a map that has no card lane at all. */
    static Lane create(JourneyMap map) {
        String id = map.lane(ID).isPresent() ? app.masa.model.Ids.next("l") : ID;
        return Lane.of(id, Messages.get(Locale.forLanguageTag(map.language()), "interchange.lane.touchpoints"), LaneKind.CARDS);
    }
}
