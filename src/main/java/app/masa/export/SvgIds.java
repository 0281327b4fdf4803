package app.masa.export;

import app.masa.layout.Group;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives every group of one SVG document an id an editor can show and a stylesheet can select:
 * the part's kind, then the element's own id ("card-c12"). Characters an XML name may not hold
 * become underscores, and a repeat gets a number ("card-c12-2"), because ids must be unique in a
 * file and Inkscape or a browser would otherwise rename or ignore one.
 */
final class SvgIds {
    private final Set<String> taken = new HashSet<>();

    String of(Group group) {
        String base = group.role().word() + (group.id().isEmpty() ? "" : "-" + safe(group.id()));
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Plain ASCII letters, digits, '-', '_' and '.' only: valid in XML names, CSS selectors and URLs alike. */
    static String safe(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> b.append(isSafe(c) ? (char) c : '_'));
        return b.toString();
    }

    private static boolean isSafe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.';
    }
}
