package app.masa.ui.export;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import app.masa.export.Orientation;
import app.masa.export.PageSize;
import app.masa.ui.common.ShellPreferences;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Remembers the Export dialog's choices per journey file, in the user's settings rather than in the
 * map file (which is shared with colleagues). Each file gets a node named by a hash of its path:
 * settings keys are short, and the path itself stays private. Unsaved documents share one node.
 */
public final class ExportMemory {
    private static final String UNSAVED = "unsaved";
    private static final String FORMAT = "format";
    private static final String PAGE = "page";
    private static final String ORIENTATION = "orientation";
    private static final String TILES = "tiles";
    private static final String SCALE = "scale";
    private static final String TRANSPARENT = "transparent";
    private static final String TITLE_BLOCK = "titleBlock";
    private static final String REPORT = "report";
    private static final String METRICS_LANE = "metricsLane";
    private static final String TARGET = "target";
    /** The page setting's value when Masa chooses the paper. */
    private static final String READABLE = "READABLE";

    private final Preferences root;

    public ExportMemory(Preferences root) {
        this.root = root;
    }

    /** Under the designer's own settings node, which tests redirect with {@link ShellPreferences#NODE_PROPERTY}. */
    public static ExportMemory fromSystem() {
        return new ExportMemory(ShellPreferences.fromSystem().node().node("export"));
    }

    public ExportChoices recall(Path document) {
        Preferences node = nodeFor(document);
        ExportChoices defaults = ExportChoices.defaults();
        if (node.get(FORMAT, null) == null) {
            return defaults;
        }
        ExportOptions options = defaults.options()
                .withPage(PageSize.parse(node.get(PAGE, null)).orElse(PageSize.A4))
                .withOrientation(parse(Orientation.class, node.get(ORIENTATION, null), Orientation.AUTO))
                .withTiles(node.getBoolean(TILES, false))
                .withScale(node.getDouble(SCALE, defaults.options().scale()))
                .withTransparent(node.getBoolean(TRANSPARENT, false))
                .withTitleBlock(node.getBoolean(TITLE_BLOCK, true))
                .withReport(node.getBoolean(REPORT, false))
                .withMetricsLane(node.getBoolean(METRICS_LANE, false));
        String target = node.get(TARGET, null);
        return new ExportChoices(parse(ExportFormat.class, node.get(FORMAT, null), ExportFormat.PDF), options,
                target == null ? null : Path.of(target), READABLE.equals(node.get(PAGE, null)));
    }

    public void remember(Path document, ExportChoices choices) {
        Preferences node = nodeFor(document);
        ExportOptions o = choices.options();
        node.put(FORMAT, choices.format().name());
        node.put(PAGE, choices.readablePaper() ? READABLE : o.page().name());
        node.put(ORIENTATION, o.orientation().name());
        node.putBoolean(TILES, o.tiles());
        node.putDouble(SCALE, o.scale());
        node.putBoolean(TRANSPARENT, o.transparent());
        node.putBoolean(TITLE_BLOCK, o.titleBlock());
        node.putBoolean(REPORT, o.report());
        node.putBoolean(METRICS_LANE, o.metricsLane());
        if (choices.target() != null) {
            node.put(TARGET, choices.target().toAbsolutePath().toString());
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Remembering is a convenience: a read-only home folder must not stop an export.
        }
    }

    /** A short, stable name for a file's node: the first 32 hex digits of the SHA-256 of its absolute path. */
    static String keyOf(Path document) {
        if (document == null) {
            return UNSAVED;
        }
        String path = document.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private Preferences nodeFor(Path document) {
        return root.node(keyOf(document));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
