package app.masa.layout;

import java.util.List;

/**
 * A stage's header band and the full-height column below it.
 *
 * @param fill the header's background
 * @param accent the stage's own colour, drawn as a bar along the top of its header
 * @param npsBadge the pill that shows the stage's Net Promoter Score, or null when it has no answers
 * @param npsLabel the text in that pill ("NPS +32")
 * @param conflictBadge the pill that says a merge left the stage in conflict, or null
 */
public record StageBox(String stageId, int index, Rect header, Rect column, List<TextLine> nameLines, Rgba fill,
                       Rgba accent, Rect npsBadge, TextLine npsLabel, CardBadge conflictBadge) {
    public StageBox {
        nameLines = List.copyOf(nameLines);
        accent = accent == null ? fill : accent;
    }

    public StageBox(String stageId, int index, Rect header, Rect column, List<TextLine> nameLines, Rgba fill,
                    Rgba accent, Rect npsBadge, TextLine npsLabel) {
        this(stageId, index, header, column, nameLines, fill, accent, npsBadge, npsLabel, null);
    }

    public StageBox(String stageId, int index, Rect header, Rect column, List<TextLine> nameLines, Rgba fill,
                    Rgba accent) {
        this(stageId, index, header, column, nameLines, fill, accent, null, null);
    }

    public StageBox(String stageId, int index, Rect header, Rect column, List<TextLine> nameLines, Rgba fill) {
        this(stageId, index, header, column, nameLines, fill, fill);
    }
}
