package app.masa.export;

import app.masa.layout.Fonts;
import java.util.Base64;

/**
 * The {@code <style>} that carries the map's font inside the SVG: one {@code @font-face} per weight
 * used, holding only the glyphs of the characters the map shows, as a base64 TrueType data URL. A
 * viewer that has Rubik installed uses its own copy (which also has every glyph a person may
 * type while editing); any other viewer that reads {@code @font-face} uses the embedded subset, so
 * lines keep the widths the layout measured. See decision 0016.
 */
final class SvgFontFaces {
    private final SvgFontSubset regular = new SvgFontSubset(false);
    private final SvgFontSubset bold = new SvgFontSubset(true);

    void use(String text, boolean isBold) {
        (isBold ? bold : regular).use(text);
    }

    /** The style element, or an empty string when the document has no text. */
    String style(String indent) {
        if (regular.isEmpty() && bold.isEmpty()) {
            return "";
        }
        StringBuilder css = new StringBuilder();
        css.append(indent).append("<style>\n");
        for (SvgFontSubset subset : new SvgFontSubset[] {regular, bold}) {
            if (!subset.isEmpty()) {
                fontFace(css, indent + "  ", subset);
            }
        }
        css.append(indent).append("</style>\n");
        return css.toString();
    }

    private static void fontFace(StringBuilder css, String indent, SvgFontSubset subset) {
        String local = Fonts.FAMILY + (subset.bold() ? " Bold" : "");
        css.append(indent).append("@font-face { font-family: '").append(Fonts.FAMILY).append("'; font-weight: ")
                .append(subset.bold() ? "bold" : "normal").append("; src: local('").append(local)
                .append("'), url(data:font/ttf;base64,").append(Base64.getEncoder().encodeToString(subset.ttf()))
                .append(") format('truetype'); }\n");
    }
}
