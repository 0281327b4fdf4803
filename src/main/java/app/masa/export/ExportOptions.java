package app.masa.export;

import app.masa.layout.LayoutOptions;
import app.masa.model.Brand;
import app.masa.layout.Theme;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * How to export, shared by the PDF, PNG and SVG writers, the command line and the Export dialog.
 * Options a format does not use are ignored by it (PNG ignores the page, PDF the pixel scale).
 *
 * @param margin page margin in points (PDF)
 * @param tiles print at full size across several pages instead of scaling the map onto one (PDF)
 * @param scale pixels per point for PNG (1, 2, 3…); ignored when {@code dpi} is set
 * @param dpi dots per inch for PNG, or 0 to use {@code scale}
 * @param transparent leave the PNG background transparent
 * @param visibleStageIds the stages to export; empty exports every stage
 * @param date the date printed in the title block, or null for today
 * @param author the document's author (PDF properties), or null for none
 * @param report append the map's insights report as pages after it (PDF)
 * @param metricsLane show the metrics lane under the stage headers
 * @param language the language of the report pages, or null for each map's own language (a Hebrew map
 *                 gets a Hebrew report); set when a person asked for one, as with {@code --lang}
 * @param textAsOutlines write text as shapes (SVG): the same look without the font, but no longer editable text
 * @param brand the file's logo and colours, or {@link Brand#NONE} for a plain export
 * @param comments put the maps' comment threads in the PDF as notes a viewer shows (PDF only)
 */
public record ExportOptions(PageSize page, Orientation orientation, double margin, boolean tiles, double scale,
                            int dpi, boolean transparent, boolean titleBlock, boolean pdfa, Theme theme,
                            Set<String> visibleStageIds, LocalDate date, String author, boolean report,
                            boolean metricsLane, Locale language, boolean textAsOutlines, Brand brand,
                            boolean comments) {
    public static final double DEFAULT_MARGIN = 28;
    /** How much neighbouring tiles repeat of each other, so a printed poster can be glued together. */
    public static final double TILE_OVERLAP = 18;

    public ExportOptions {
        page = page == null ? PageSize.A4 : page;
        orientation = orientation == null ? Orientation.AUTO : orientation;
        margin = margin < 0 ? DEFAULT_MARGIN : margin;
        scale = scale > 0 ? scale : 2;
        dpi = Math.max(0, dpi);
        theme = theme == null ? Theme.LIGHT : theme;
        visibleStageIds = visibleStageIds == null ? Set.of() : Set.copyOf(visibleStageIds);
        brand = brand == null ? Brand.NONE : brand;
    }

    public static ExportOptions defaults() {
        return new ExportOptions(PageSize.A4, Orientation.AUTO, DEFAULT_MARGIN, false, 2, 0, false, true, false,
                Theme.LIGHT, Set.of(), null, null, false, false, null, false, Brand.NONE, false);
    }

    public ExportOptions withLanguage(Locale v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, report, metricsLane, v, textAsOutlines, brand, comments); }

    /** The language of a map's report pages: the one asked for, else the map's own. */
    public Locale reportLanguage(String mapLanguage) {
        return language != null ? language : Locale.forLanguageTag(mapLanguage);
    }

    /** Pixels per layout unit for images. */
    public double pixelScale() {
        return dpi > 0 ? dpi / 72.0 : scale;
    }

    public LayoutOptions layoutOptions() {
        return new LayoutOptions(titleBlock, theme, visibleStageIds, date == null ? LocalDate.now() : date)
                .withMetricsLane(metricsLane).withBrand(brand);
    }

    public ExportOptions withPage(PageSize v) { return new ExportOptions(v, orientation, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withOrientation(Orientation v) { return new ExportOptions(page, v, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withMargin(double v) { return new ExportOptions(page, orientation, v, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withTiles(boolean v) { return new ExportOptions(page, orientation, margin, v, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withScale(double v) { return new ExportOptions(page, orientation, margin, tiles, v, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withDpi(int v) { return new ExportOptions(page, orientation, margin, tiles, scale, v, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withTransparent(boolean v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, v, titleBlock, pdfa, theme, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withTitleBlock(boolean v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, v, pdfa, theme, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withPdfa(boolean v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, titleBlock, v, theme, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withTheme(Theme v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, v, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withVisibleStageIds(Set<String> v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, v, date, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withDate(LocalDate v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, v, author, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withReport(boolean v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, v, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withMetricsLane(boolean v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, report, v, language, textAsOutlines, brand, comments); }
    public ExportOptions withTextAsOutlines(boolean v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, report, metricsLane, language, v, brand, comments); }
    public ExportOptions withAuthor(String v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, v, report, metricsLane, language, textAsOutlines, brand, comments); }
    public ExportOptions withBrand(Brand v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, v, comments); }
    public ExportOptions withComments(boolean v) { return new ExportOptions(page, orientation, margin, tiles, scale, dpi, transparent, titleBlock, pdfa, theme, visibleStageIds, date, author, report, metricsLane, language, textAsOutlines, brand, v); }
}
