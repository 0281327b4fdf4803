package app.masa.layout;

import java.time.LocalDate;
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
 */
public record LayoutOptions(boolean titleBlock, Theme theme, Set<String> visibleStageIds, LocalDate date,
                            boolean personaHeader, boolean metricsLane) {
    public LayoutOptions {
        theme = theme == null ? Theme.LIGHT : theme;
        visibleStageIds = visibleStageIds == null ? Set.of() : Set.copyOf(visibleStageIds);
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
    public static LayoutOptions canvas() {
        return new LayoutOptions(false, Theme.LIGHT, Set.of(), null, true, false);
    }

    public boolean showsStage(String stageId) {
        return visibleStageIds.isEmpty() || visibleStageIds.contains(stageId);
    }

    public LayoutOptions withTitleBlock(boolean v) { return new LayoutOptions(v, theme, visibleStageIds, date, personaHeader, metricsLane); }
    public LayoutOptions withTheme(Theme v) { return new LayoutOptions(titleBlock, v, visibleStageIds, date, personaHeader, metricsLane); }
    public LayoutOptions withVisibleStageIds(Set<String> v) { return new LayoutOptions(titleBlock, theme, v, date, personaHeader, metricsLane); }
    public LayoutOptions withDate(LocalDate v) { return new LayoutOptions(titleBlock, theme, visibleStageIds, v, personaHeader, metricsLane); }
    public LayoutOptions withMetricsLane(boolean v) { return new LayoutOptions(titleBlock, theme, visibleStageIds, date, personaHeader, v); }
    public LayoutOptions withPersonaHeader(boolean v) { return new LayoutOptions(titleBlock, theme, visibleStageIds, date, v, metricsLane); }
}
