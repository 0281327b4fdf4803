package app.masa.layout;

/**
 * The paired characters that swap in right-to-left text: "(x)" typed in Hebrew shows as ")x(" unless
 * a painter that lays glyphs out itself draws the mirrored partner. Shared by the PDF and the canvas.
 */
public final class MirroredBrackets {
    private MirroredBrackets() {
    }

    public static int mirror(int codePoint) {
        return switch (codePoint) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '\u00ab' -> '\u00bb';
            case '\u00bb' -> '\u00ab';
            case '\u2039' -> '\u203a';
            case '\u203a' -> '\u2039';
            case '\u2264' -> '\u2265';
            case '\u2265' -> '\u2264';
            default -> codePoint;
        };
    }
}
