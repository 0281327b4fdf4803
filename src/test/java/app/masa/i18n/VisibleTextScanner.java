package app.masa.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds string literals handed straight to an API that shows them to a person (a label, a menu, a
 * dialog, the console, a picocli description). Such text must come from the bundles instead.
 * A line that really shows nothing to a person is let through with a trailing {@code // i18n-ok}.
 */
final class VisibleTextScanner {
    static final String ALLOW_MARK = "// i18n-ok";

    private static final Pattern VISIBLE_TEXT = Pattern.compile(String.join("|",
            // setters of controls, windows and dialogs
            "\\.\\s*(setText|setTitle|setHeaderText|setContentText|setPromptText|setAccessibleText"
                    + "|setAccessibleHelp|appendText|setTooltip\\s*\\(\\s*new\\s+Tooltip)\\s*\\(\\s*\"",
            // constructors of controls whose first argument is their text
            "new\\s+(Label|Button|MenuItem|Menu|CheckMenuItem|RadioMenuItem|CheckBox|RadioButton|ToggleButton"
                    + "|Hyperlink|Tab|TitledPane|Tooltip|Text|Alert\\s*\\([^\"]*?,)\\s*\\(?\\s*\"",
            // tips made when the pointer first comes
            "HoverTips\\.install\\s*\\([^,\"]*,\\s*\"",
            // console output
            "\\b(println|print|printf)\\s*\\(\\s*\"",
            // picocli annotations that end up in --help
            "\\b(description|header|footer|descriptionHeading|headerHeading|footerHeading|synopsisHeading"
                    + "|parameterListHeading|optionListHeading|commandListHeading)\\s*=\\s*\\{?\\s*\""));

    /** printf conversions such as %s, %-8d or %n, which are not words. */
    private static final Pattern FORMAT_CONVERSION = Pattern.compile("%[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]");

    /** One literal that a person would see. */
    record Finding(String file, int line, String literal) {
        @Override
        public String toString() {
            return file + ":" + line + ": \"" + literal + "\"";
        }
    }

    private VisibleTextScanner() {
    }

    static List<Finding> scan(String file, List<String> lines) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains(ALLOW_MARK) || isComment(line)) {
                continue;
            }
            Matcher m = VISIBLE_TEXT.matcher(line);
            while (m.find()) {
                String literal = literalAt(line, m.end());
                String words = FORMAT_CONVERSION.matcher(literal).replaceAll("");
                if (words.codePoints().anyMatch(Character::isLetter)) {
                    findings.add(new Finding(file, i + 1, literal));
                }
            }
        }
        return findings;
    }

    private static boolean isComment(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*");
    }

    /** The text of the literal that starts just after an opening quote, escapes decoded. */
    private static String literalAt(String line, int start) {
        StringBuilder literal = new StringBuilder();
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char escaped = line.charAt(++i);
                if (escaped == 'u' && i + 4 < line.length()) {
                    literal.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    // \n, \t and friends are layout, not letters; \" and \\ stand for themselves
                    literal.append(Character.isLetter(escaped) ? ' ' : escaped);
                }
            } else if (c == '"') {
                break;
            } else {
                literal.append(c);
            }
        }
        return literal.toString();
    }
}
