package app.masa.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the designer remembers between runs: window bounds, recent files, interface language,
 * theme, whether the canvas shows the metrics lane and whether the side panels show. Kept under a
 * {@link Preferences} node whose path the system property {@value #NODE_PROPERTY} can redirect, so
 * tests never touch the user's own settings.
 */
public final class ShellPreferences {
    public static final String NODE_PROPERTY = "masa.prefs.node";
    public static final String DEFAULT_NODE = "/app/masa/designer";
    public static final int MAX_RECENT = 8;

    private static final String RECENT = "recent.";
    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String METRICS_LANE = "view.metricsLane";
    private static final String SIDE_PANELS = "view.sidePanels";
    private static final String COMMENT_AUTHOR = "commentAuthor";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final Preferences node;

    public ShellPreferences(Preferences node) {
        this.node = node;
    }

    /** The node named by {@value #NODE_PROPERTY}, or the designer's usual one. */
    public static ShellPreferences fromSystem() {
        return new ShellPreferences(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    public Preferences node() {
        return node;
    }

    public Optional<Locale> language() {
        String tag = node.get(LANGUAGE, null);
        return tag == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void setLanguage(Locale locale) {
        node.put(LANGUAGE, locale.toLanguageTag());
        flush();
    }

    public ThemeChoice theme() {
        return ThemeChoice.parse(node.get(THEME, null));
    }

    public void setTheme(ThemeChoice theme) {
        node.put(THEME, theme.name());
        flush();
    }

    public boolean metricsLane() {
        return node.getBoolean(METRICS_LANE, false);
    }

    public void setMetricsLane(boolean shown) {
        node.putBoolean(METRICS_LANE, shown);
        flush();
    }

    /** Whether the card palette and the inspector flank the map; hidden, the map has the window's width. */
    public boolean sidePanels() {
        return node.getBoolean(SIDE_PANELS, true);
    }

    public void setSidePanels(boolean shown) {
        node.putBoolean(SIDE_PANELS, shown);
        flush();
    }

    /** The name comments are signed with: the one given last, or the computer's user name. */
    public String commentAuthor() {
        return node.get(COMMENT_AUTHOR, System.getProperty("user.name", ""));
    }

    public void setCommentAuthor(String name) {
        node.put(COMMENT_AUTHOR, name.strip());
        flush();
    }

    /** Most recent first; files that no longer exist are still listed (they may be on a removable disk). */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get(RECENT + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    public void addRecentFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    public Optional<WindowBounds> windowBounds() {
        double width = node.getDouble(WIDTH, -1);
        double height = node.getDouble(HEIGHT, -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble(X, 0), node.getDouble(Y, 0), width, height,
                node.getBoolean(MAXIMIZED, false)));
    }

    public void setWindowBounds(WindowBounds bounds) {
        node.putDouble(X, bounds.x());
        node.putDouble(Y, bounds.y());
        node.putDouble(WIDTH, bounds.width());
        node.putDouble(HEIGHT, bounds.height());
        node.putBoolean(MAXIMIZED, bounds.maximized());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: a read-only home folder must not stop anyone working.
        }
    }

    /** Where the window was and how big, in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
