package app.masa.layout;

import java.util.List;

/**
 * The optional metrics lane under the stage headers: a header at the reading start and, per stage,
 * the summed figures of its touchpoints and its NPS.
 */
public record MetricsBand(Rect header, Rect band, List<TextLine> titleLines, List<Cell> cells) {
    public MetricsBand {
        titleLines = List.copyOf(titleLines);
        cells = List.copyOf(cells);
    }

    /** One stage's figures, a line each. */
    public record Cell(String stageId, Rect bounds, List<TextLine> lines) {
        public Cell {
            lines = List.copyOf(lines);
        }
    }
}
