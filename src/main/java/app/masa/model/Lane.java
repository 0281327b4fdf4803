package app.masa.model;

import java.util.Objects;

/**
 * A row of the map.
 *
 * @param height the lane's minimum height in layout units, or 0 to fit its content
 * @param color "#RRGGBB", or null for the theme's colour
 */
public record Lane(String id, String title, LaneKind kind, double height, String color, boolean collapsed,
                   Extras extras) {
    public Lane {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        kind = kind == null ? LaneKind.CARDS : kind;
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Lane of(String id, String title, LaneKind kind) {
        return new Lane(id, title, kind, 0, null, false, Extras.NONE);
    }

    public Lane withTitle(String v) { return new Lane(id, v, kind, height, color, collapsed, extras); }
    public Lane withKind(LaneKind v) { return new Lane(id, title, v, height, color, collapsed, extras); }
    public Lane withHeight(double v) { return new Lane(id, title, kind, v, color, collapsed, extras); }
    public Lane withColor(String v) { return new Lane(id, title, kind, height, v, collapsed, extras); }
    public Lane withCollapsed(boolean v) { return new Lane(id, title, kind, height, color, v, extras); }
}
