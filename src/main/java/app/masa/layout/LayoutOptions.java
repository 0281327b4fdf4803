package app.masa.layout;

import app.masa.model.Brand;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a layout shows and how it is dressed.
 *
 * @param titleBlock whether the title, scenario and date head the map
 * @param visibleStageIds the stages to show; empty shows every stage
 * @param date the date shown in the title block, or null for none
 * @param personaHeader whether each persona's header (photo, quote, goals, needs, frustrations)
 *                      stands above the map
 * @param metricsLane whether a band under the stage headers sums each stage's touchpoint figures
 * @param brand the file's logo and colours; {@link Brand#NONE} for the theme's own (a plain map)
 */
public record LayoutOptions(boolean titleBlock, Theme theme, Set<String> visibleStageIds, LocalDate date,
                            boolean personaHeader, boolean metricsLane, Brand brand) {
    public LayoutOptions {
        theme = theme == null ? Theme.LIGHT : theme;
        visibleStageIds = visibleStageIds == null ? Set.of() : Set.copyOf(visibleStageIds);
        brand = brand == null ? Brand.NONE : brand;
    }

    public LayoutOptions(boolean titleBlock, Theme theme, Set<String> visibleStageIds, LocalDate date,
                         boolean personaHeader, boolean metricsLane) {
        this(titleBlock, theme, visibleStageIds, date, personaHeader, metricsLane, Brand.NONE);
    }

    public LayoutOptions(boolean titleBlock, Theme theme, Set<String> visibleStageIds, LocalDate date,
                         boolean personaHeader) {
        this(titleBlock, theme, visibleStageIds, date, personaHeader, false);
    }

    /** Persona headers go with the title block: every export shows them. */
    public LayoutOptions(boolean titleBlock, Theme theme, Set<String> visibleStageIds, LocalDate date) {
        this(titleBlock, theme, visibleStageIds, date, titleBlock);
    }

    public LayoutOptions(boolean titleBlock, Theme theme, Set<String> visibleStageIds) {
        this(titleBlock, theme, visibleStageIds, null);
    }

    /** The canvas look: light theme, no title block, every stage, the persona above the map. */
    // Written out: a record's generated equals and hashCode are linked through method handles on first
    // use, some milliseconds each in a cold command line, and the engine compares options on every layout.
    // WrittenOutEqualityTest fails when a component is added here and not compared.
    @Override
    public boolean equals(Object other) {
        return other instanceof LayoutOptions o && o.titleBlock == titleBlock && o.personaHeader == personaHeader
                && o.metricsLane == metricsLane && o.theme == theme && Objects.equals(o.visibleStageIds, visibleStageIds)
                && Objects.equals(o.date, date) && Objects.equals(o.brand, brand);
    }

    @Override
    public int hashCode() {
        return Objects.hash(titleBlock, theme, visibleStageIds, date, personaHeader, metricsLane, brand);
    }

    public static LayoutOptions canvas() {
        return new LayoutOptions(false, Theme.LIGHT, Set.of(), null, true, false);
    }

    public boolean showsStage(String stageId) {
        return visibleStageIds.isEmpty() || visibleStageIds.contains(stageId);
    }

    public LayoutOptions withTitleBlock(boolean v) { return new LayoutOptions(v, theme, visibleStageIds, date, personaHeader, metricsLane, brand); }
    public LayoutOptions withTheme(Theme v) { return new LayoutOptions(titleBlock, v, visibleStageIds, date, personaHeader, metricsLane, brand); }
    public LayoutOptions withVisibleStageIds(Set<String> v) { return new LayoutOptions(titleBlock, theme, v, date, personaHeader, metricsLane, brand); }
    public LayoutOptions withDate(LocalDate v) { return new LayoutOptions(titleBlock, theme, visibleStageIds, v, personaHeader, metricsLane, brand); }
    public LayoutOptions withMetricsLane(boolean v) { return new LayoutOptions(titleBlock, theme, visibleStageIds, date, personaHeader, v, brand); }
    public LayoutOptions withPersonaHeader(boolean v) { return new LayoutOptions(titleBlock, theme, visibleStageIds, date, v, metricsLane, brand); }
    public LayoutOptions withBrand(Brand v) { return new LayoutOptions(titleBlock, theme, visibleStageIds, date, personaHeader, metricsLane, v); }
}
