package app.masa.layout;

import app.masa.model.Brand;
import java.util.EnumMap;
import java.util.Map;

/** Everything a painter needs besides the geometry: the theme's type scale, colours and spacing. */
public record MapStyle(Theme theme, Typography typography, Palette palette, Metrics metrics) {
    private static final Map<Theme, MapStyle> STYLES = new EnumMap<>(Theme.class);

    static {
        for (Theme t : Theme.values()) {
            STYLES.put(t, new MapStyle(t, Typography.of(t), Palette.of(t), Metrics.of(t)));
        }
    }

    public static MapStyle of(Theme theme) {
        return STYLES.get(theme == null ? Theme.LIGHT : theme);
    }

    /** The theme's style dressed in a brand's colours and title face. */
    public static MapStyle of(Theme theme, Brand brand) {
        MapStyle style = of(theme);
        Palette branded = style.palette.branded(brand);
        Typography typography = Typography.of(style.theme, brand == null ? null : brand.titleTypeface());
        return branded == style.palette && typography == style.typography ? style
                : new MapStyle(style.theme, typography, branded, style.metrics);
    }
}
