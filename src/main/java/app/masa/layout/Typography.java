package app.masa.layout;

import app.masa.model.TitleTypeface;
import java.util.EnumMap;
import java.util.Map;

/**
 * The type scale: a clear hierarchy from the map title down to small labels. Card titles are bold
 * and dark, card bodies regular and greyer (the colour is the palette's), so a card reads at a glance.
 */
public final class Typography {
    private static final Map<Theme, Map<TitleTypeface, Typography>> SCALES = new EnumMap<>(Theme.class);

    static {
        for (Theme theme : Theme.values()) {
            Map<TitleTypeface, Typography> byTitle = new EnumMap<>(TitleTypeface.class);
            for (TitleTypeface title : TitleTypeface.values()) {
                byTitle.put(title, new Typography(theme == Theme.PROJECTOR ? 1.3 : 1.0, title));
            }
            SCALES.put(theme, byTitle);
        }
    }

    private final Map<FontRole, FontSpec> specs = new EnumMap<>(FontRole.class);

    private Typography(double scale, TitleTypeface title) {
        put(FontRole.MAP_TITLE, 24, title == TitleTypeface.FRANK_RUHL_LIBRE ? FontFace.SERIF_BOLD : FontFace.BOLD,
                1.25, scale);
        put(FontRole.SUBTITLE, 12.5, false, 1.4, scale);
        put(FontRole.STAGE_NAME, 14, true, 1.3, scale);
        put(FontRole.LANE_TITLE, 12, true, 1.3, scale);
        put(FontRole.CARD_TITLE, 11.5, true, 1.3, scale);
        put(FontRole.CARD_BODY, 10, false, 1.4, scale);
        put(FontRole.SMALL, 8.5, false, 1.3, scale);
        // About three, two and one and a half times a card title: readable on a map shown at a third of its size.
        put(FontRole.SUMMARY_LARGE, 30, true, 1.15, scale);
        put(FontRole.SUMMARY_MEDIUM, 22, true, 1.15, scale);
        put(FontRole.SUMMARY_SMALL, 16, true, 1.15, scale);
    }

    /** The theme's type scale, titles in the text face. */
    public static Typography of(Theme theme) {
        return of(theme, TitleTypeface.RUBIK);
    }

    /** The theme's type scale with the map titles in a brand's face; one shared instance each. */
    public static Typography of(Theme theme, TitleTypeface title) {
        return SCALES.get(theme == null ? Theme.LIGHT : theme).get(title == null ? TitleTypeface.RUBIK : title);
    }

    private void put(FontRole role, double size, boolean bold, double leading, double scale) {
        put(role, size, FontFace.text(bold), leading, scale);
    }

    private void put(FontRole role, double size, FontFace face, double leading, double scale) {
        specs.put(role, new FontSpec(size * scale, face, size * scale * leading));
    }

    public FontSpec spec(FontRole role) {
        return specs.get(role);
    }

    public double size(FontRole role) {
        return specs.get(role).size();
    }

    public boolean bold(FontRole role) {
        return specs.get(role).bold();
    }

    public FontFace face(FontRole role) {
        return specs.get(role).face();
    }

    public double lineHeight(FontRole role) {
        return specs.get(role).lineHeight();
    }
}
