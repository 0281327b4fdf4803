package app.masa.export;

import app.masa.layout.FontFace;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/**
 * The {@code <style>} that carries the map's fonts inside the SVG: one {@code @font-face} per face
 * used (Rubik's two weights, and the title serif when a brand chose it), holding only the glyphs of the characters the map shows, as a base64 TrueType data URL. A
 * viewer that has Rubik installed uses its own copy (which also has every glyph a person may
 * type while editing); any other viewer that reads {@code @font-face} uses the embedded subset, so
 * lines keep the widths the layout measured. See decision 0016.
 */
final class SvgFontFaces {
    private final Map<FontFace, SvgFontSubset> subsets = new EnumMap<>(FontFace.class);

    void use(String text, FontFace face) {
        subsets.computeIfAbsent(face, SvgFontSubset::new).use(text);
    }

    /** The style element, or an empty string when the document has no text. */
    String style(String indent) {
        if (subsets.values().stream().allMatch(SvgFontSubset::isEmpty)) {
            return "";
        }
        StringBuilder css = new StringBuilder();
        css.append(indent).append("<style>\n");
        for (SvgFontSubset subset : subsets.values()) {
            if (!subset.isEmpty()) {
                fontFace(css, indent + "  ", subset);
            }
        }
        css.append(indent).append("</style>\n");
        return css.toString();
    }

    private static void fontFace(StringBuilder css, String indent, SvgFontSubset subset) {
        FontFace face = subset.face();
        String local = face.family() + (face.bold() ? " Bold" : "");
        css.append(indent).append("@font-face { font-family: '").append(face.family()).append("'; font-weight: ")
                .append(face.bold() ? "bold" : "normal").append("; src: local('").append(local)
                .append("'), url(data:font/ttf;base64,").append(Base64.getEncoder().encodeToString(subset.ttf()))
                .append(") format('truetype'); }\n");
    }
}
