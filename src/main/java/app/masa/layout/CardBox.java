package app.masa.layout;

import java.util.List;

/**
 * A card, placed and wrapped.
 *
 * @param handle where a connection can be dragged from (at the reading end of the card)
 * @param marks the type, channel and score badges
 * @param picture the card's picture frame above its text, or null when it shows none
 */
public record CardBox(String cardId, String stageId, String laneId, Rect bounds, List<TextLine> titleLines,
                      List<TextLine> bodyLines, Rgba fill, Rgba accent, Rect handle, CardMarks marks,
                      PictureBox picture) {
    public CardBox {
        titleLines = List.copyOf(titleLines);
        bodyLines = List.copyOf(bodyLines);
        marks = marks == null ? CardMarks.NONE : marks;
    }

    public CardBox(String cardId, String stageId, String laneId, Rect bounds, List<TextLine> titleLines,
                   List<TextLine> bodyLines, Rgba fill, Rgba accent, Rect handle, CardMarks marks) {
        this(cardId, stageId, laneId, bounds, titleLines, bodyLines, fill, accent, handle, marks, null);
    }

    public CardBox(String cardId, String stageId, String laneId, Rect bounds, List<TextLine> titleLines,
                   List<TextLine> bodyLines, Rgba fill, Rgba accent, Rect handle) {
        this(cardId, stageId, laneId, bounds, titleLines, bodyLines, fill, accent, handle, CardMarks.NONE);
    }
}
