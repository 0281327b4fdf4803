package app.masa.model;

import java.util.Objects;

/**
 * A column of the map: one step of the journey.
 *
 * @param width relative width (1.0 is the normal column width)
 * @param color "#RRGGBB", or null for the theme's colour
 * @param nps the Net Promoter Score answers gathered at this stage; {@link Nps#EMPTY} when none
 */
public record Stage(String id, String name, String description, double width, String color, Nps nps,
                    Extras extras) {
    public static final double DEFAULT_WIDTH = 1.0;

    public Stage {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        nps = nps == null ? Nps.EMPTY : nps;
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A stage without NPS answers. */
    public Stage(String id, String name, String description, double width, String color, Extras extras) {
        this(id, name, description, width, color, Nps.EMPTY, extras);
    }

    public static Stage of(String id, String name) {
        return new Stage(id, name, "", DEFAULT_WIDTH, null, Nps.EMPTY, Extras.NONE);
    }

    public Stage withName(String v) { return new Stage(id, v, description, width, color, nps, extras); }
    public Stage withDescription(String v) { return new Stage(id, name, v, width, color, nps, extras); }
    public Stage withWidth(double v) { return new Stage(id, name, description, v, color, nps, extras); }
    public Stage withColor(String v) { return new Stage(id, name, description, width, v, nps, extras); }
    public Stage withNps(Nps v) { return new Stage(id, name, description, width, color, v, extras); }
}
