package app.masa.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The look a business gives every map of one file: its logo at the head of a printed map, its
 * colours for the stages (in turn) and for the card types. What it leaves out keeps the theme's.
 *
 * @param logo a PNG or JPEG image as a data URI (checked like a persona photo, {@link PersonaPhoto}),
 *             or null for none
 * @param stageColors {@code #RRGGBB} colours the stages take in turn; a stage's own colour still wins
 * @param typeColors a {@code #RRGGBB} accent per card type
 * @param titleTypeface the face of the map titles; {@link TitleTypeface#RUBIK} unless the brand chose another
 */
public record Brand(String logo, List<String> stageColors, Map<CardType, String> typeColors,
                    TitleTypeface titleTypeface, Extras extras) {
    public static final Brand NONE = new Brand(null, List.of(), Map.of(), TitleTypeface.RUBIK, Extras.NONE);
    public static final int MAX_STAGE_COLORS = 12;

    public Brand {
        logo = logo == null || logo.isBlank() ? null : logo;
        stageColors = stageColors == null ? List.of() : List.copyOf(stageColors);
        if (stageColors.size() > MAX_STAGE_COLORS) {
            throw new IllegalArgumentException("a brand has at most " + MAX_STAGE_COLORS + " stage colours, not "
                    + stageColors.size());
        }
        Map<CardType, String> types = new EnumMap<>(CardType.class);
        if (typeColors != null) {
            types.putAll(typeColors);
        }
        typeColors = Collections.unmodifiableMap(types);
        titleTypeface = titleTypeface == null ? TitleTypeface.RUBIK : titleTypeface;
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A brand that leaves the map titles in the text face. */
    public Brand(String logo, List<String> stageColors, Map<CardType, String> typeColors, Extras extras) {
        this(logo, stageColors, typeColors, TitleTypeface.RUBIK, extras);
    }

    /** Whether it changes nothing: no logo, no colours, the text face for titles, nothing unknown kept. */
    public boolean isEmpty() {
        return logo == null && stageColors.isEmpty() && typeColors.isEmpty() && titleTypeface == TitleTypeface.RUBIK
                && extras.isEmpty();
    }

    public Brand withLogo(String v) {
        return new Brand(v, stageColors, typeColors, titleTypeface, extras);
    }

    public Brand withStageColors(List<String> v) {
        return new Brand(logo, v, typeColors, titleTypeface, extras);
    }

    public Brand withTitleTypeface(TitleTypeface v) {
        return new Brand(logo, stageColors, typeColors, v, extras);
    }

    /** The same brand with one card type's colour set, or taken back to the theme's with null. */
    public Brand withTypeColor(CardType type, String color) {
        Map<CardType, String> types = new EnumMap<>(CardType.class);
        types.putAll(typeColors);
        if (color == null) {
            types.remove(type);
        } else {
            types.put(type, color);
        }
        return new Brand(logo, stageColors, types, titleTypeface, extras);
    }
}
