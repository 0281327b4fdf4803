package app.masa.layout;

import app.masa.model.Brand;
import app.masa.model.CardType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The colours of a theme. Calm neutrals for the structure, one soft hue per card type with a
 * stronger accent of the same hue, and a red–amber–green ramp for emotion.
 */
public record Palette(Rgba background, Rgba stageHeader, Rgba laneHeader, Rgba bandEven, Rgba bandOdd,
                      Rgba grid, Rgba text, Rgba textSecondary, Rgba textMuted, Rgba cardBorder,
                      Rgba curve, Rgba neutralLine, Rgba connection, Rgba labelBackground,
                      Rgba negative, Rgba neutral, Rgba positive, Map<CardType, Rgba> typeAccents,
                      double typeTint, List<Rgba> stageAccents) {

    public Palette {
        typeAccents = Map.copyOf(typeAccents);
        stageAccents = List.copyOf(stageAccents);
    }

    public static Palette of(Theme theme) {
        Map<CardType, Rgba> accents = new EnumMap<>(CardType.class);
        accents.put(CardType.TOUCHPOINT, Rgba.hex("#3b82f6"));
        accents.put(CardType.ACTION, Rgba.hex("#16a36a"));
        accents.put(CardType.THOUGHT, Rgba.hex("#8b5cf6"));
        accents.put(CardType.PAIN_POINT, Rgba.hex("#e5484d"));
        accents.put(CardType.OPPORTUNITY, Rgba.hex("#f59e0b"));
        accents.put(CardType.NOTE, Rgba.hex("#8a94a3"));
        List<Rgba> stages = List.of(Rgba.hex("#4f6bed"), Rgba.hex("#0ea5a4"), Rgba.hex("#16a36a"),
                Rgba.hex("#f59e0b"), Rgba.hex("#ef6c4a"), Rgba.hex("#d04f8f"), Rgba.hex("#8b5cf6"));
        return switch (theme) {
            case LIGHT -> new Palette(Rgba.hex("#f7f8fa"), Rgba.hex("#ffffff"), Rgba.hex("#eef1f5"),
                    Rgba.hex("#ffffff"), Rgba.hex("#f3f5f8"), Rgba.hex("#e2e6ec"), Rgba.hex("#1f2937"),
                    Rgba.hex("#4b5563"), Rgba.hex("#7b8594"), Rgba.hex("#00000014"), Rgba.hex("#3f4a5a"),
                    Rgba.hex("#c4cbd5"), Rgba.hex("#64748b"), Rgba.hex("#ffffff"), Rgba.hex("#e5484d"),
                    Rgba.hex("#f2a516"), Rgba.hex("#16a36a"), accents, 0.86, stages);
            case DARK -> new Palette(Rgba.hex("#14171c"), Rgba.hex("#1e232b"), Rgba.hex("#222833"),
                    Rgba.hex("#191d23"), Rgba.hex("#1c2128"), Rgba.hex("#2c333e"), Rgba.hex("#e8ebf0"),
                    Rgba.hex("#b3bbc7"), Rgba.hex("#8a93a1"), Rgba.hex("#ffffff1a"), Rgba.hex("#d5dbe4"),
                    Rgba.hex("#4a5362"), Rgba.hex("#9aa6b8"), Rgba.hex("#262c36"), Rgba.hex("#f0656a"),
                    Rgba.hex("#f4b740"), Rgba.hex("#3cc98a"), accents, 0.78, stages);
            case PROJECTOR -> new Palette(Rgba.hex("#ffffff"), Rgba.hex("#ffffff"), Rgba.hex("#e6eaf0"),
                    Rgba.hex("#ffffff"), Rgba.hex("#eef1f5"), Rgba.hex("#a9b2bf"), Rgba.hex("#000000"),
                    Rgba.hex("#1f2937"), Rgba.hex("#374151"), Rgba.hex("#00000040"), Rgba.hex("#111827"),
                    Rgba.hex("#8a94a3"), Rgba.hex("#374151"), Rgba.hex("#ffffff"), Rgba.hex("#d92d32"),
                    Rgba.hex("#d68a00"), Rgba.hex("#0f8a55"), accents, 0.74, stages);
        };
    }

    /** The same colours with the brand's stage and card-type colours in place of the theme's. */
    public Palette branded(Brand brand) {
        if (brand.stageColors().isEmpty() && brand.typeColors().isEmpty()) {
            return this;
        }
        Map<CardType, Rgba> accents = new EnumMap<>(typeAccents);
        brand.typeColors().forEach((type, color) -> accents.put(type, Rgba.hex(color)));
        List<Rgba> stages = brand.stageColors().isEmpty() ? stageAccents
                : brand.stageColors().stream().map(Rgba::hex).toList();
        return new Palette(background, stageHeader, laneHeader, bandEven, bandOdd, grid, text, textSecondary,
                textMuted, cardBorder, curve, neutralLine, connection, labelBackground, negative, neutral, positive,
                accents, typeTint, stages);
    }

    public boolean dark() {
        return background.r() + background.g() + background.b() < 3 * 100;
    }

    public Rgba accent(CardType type) {
        return typeAccents.get(type);
    }

    /** A card's soft fill: its accent washed toward the page (white, or the dark background). */
    public Rgba tint(Rgba accent) {
        Rgba base = dark() ? Rgba.hex("#1e232b") : Rgba.WHITE;
        return accent.mix(base, typeTint).withAlpha(255);
    }

    public Rgba stageAccent(int index) {
        return stageAccents.get(Math.floorMod(index, stageAccents.size()));
    }

    /** The colour of a score: red at the bottom of the scale, amber in the middle, green at the top. */
    public Rgba emotion(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return f < 0.5 ? negative.mix(neutral, f * 2) : neutral.mix(positive, (f - 0.5) * 2);
    }
}
