package app.masa.io;

import app.masa.model.Brand;
import app.masa.model.CardType;
import app.masa.model.Kebab;
import app.masa.model.PersonaPhoto;
import app.masa.model.TitleTypeface;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Binds the file's "brand": an embedded logo, stage colours in turn, a colour per card type, the title font. */
final class BrandBinder {
    private BrandBinder() {
    }

    static Brand brand(Fields file) {
        Fields b = file.child("brand");
        if (b == null) {
            return Brand.NONE;
        }
        return new Brand(logo(b), stageColors(b), typeColors(b), b.choice("title-font", TitleTypeface.class),
                b.extras(KnownFields.BRAND));
    }

    /** The message never repeats the value, which may be a megabyte long. */
    private static String logo(Fields b) {
        String logo = b.string("logo");
        if (logo == null) {
            return null;
        }
        if (!PersonaPhoto.isWellFormed(logo)) {
            b.problemAt("logo", "validate.logo");
            return null;
        }
        if (!PersonaPhoto.isWithinSize(logo)) {
            b.problemAt("logo", "validate.logoSize", PersonaPhoto.base64Chars(logo), PersonaPhoto.MAX_BASE64_CHARS);
            return null;
        }
        return logo;
    }

    private static List<String> stageColors(Fields b) {
        List<String> colors = b.strings("stage-colors");
        if (colors.size() > Brand.MAX_STAGE_COLORS) {
            b.problemAt("stage-colors", "validate.brandStageColors", colors.size(), Brand.MAX_STAGE_COLORS);
            return List.of();
        }
        List<String> valid = new ArrayList<>();
        for (String color : colors) {
            if (Fields.isColor(color)) {
                valid.add(color);
            } else {
                b.problemAt("stage-colors", "validate.color", "stage-colors", color);
            }
        }
        return valid;
    }

    private static Map<CardType, String> typeColors(Fields b) {
        Fields types = b.child("type-colors");
        Map<CardType, String> colors = new EnumMap<>(CardType.class);
        if (types == null) {
            return colors;
        }
        Members members = types.node().fields();
        for (int i = 0; i < members.size(); i++) {
            String name = members.name(i);
            CardType type = Kebab.parse(CardType.class, name);
            if (type == null) {
                types.problemAt(name, "validate.choice", "type-colors", name, Kebab.allOf(CardType.class));
                continue;
            }
            String color = types.color(name);
            if (color != null) {
                colors.put(type, color);
            }
        }
        return colors;
    }
}
