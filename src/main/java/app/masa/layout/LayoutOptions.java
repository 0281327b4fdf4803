package app.masa.layout;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a layout shows and how it is dressed.
 *
 * @param titleBlock whether the title, persona and scenario head the map
 * @param visibleStageIds the stages to show; empty shows every stage
 * @param date the date shown in the title block, or null for none
 */
public record LayoutOptions(boolean titleBlock, Theme theme, Set<String> visibleStageIds, LocalDate date) {
    public LayoutOptions {
        theme = theme == null ? Theme.LIGHT : theme;
        visibleStageIds = visibleStageIds == null ? Set.of() : Set.copyOf(visibleStageIds);
    }

    public LayoutOptions(boolean titleBlock, Theme theme, Set<String> visibleStageIds) {
        this(titleBlock, theme, visibleStageIds, null);
    }

    /** The canvas look: light theme, no title block, every stage. */
    public static LayoutOptions canvas() {
        return new LayoutOptions(false, Theme.LIGHT, Set.of(), null);
    }

    public boolean showsStage(String stageId) {
        return visibleStageIds.isEmpty() || visibleStageIds.contains(stageId);
    }

    public LayoutOptions withTitleBlock(boolean v) { return new LayoutOptions(v, theme, visibleStageIds, date); }
    public LayoutOptions withTheme(Theme v) { return new LayoutOptions(titleBlock, v, visibleStageIds, date); }
    public LayoutOptions withVisibleStageIds(Set<String> v) { return new LayoutOptions(titleBlock, theme, v, date); }
    public LayoutOptions withDate(LocalDate v) { return new LayoutOptions(titleBlock, theme, visibleStageIds, v); }
}
