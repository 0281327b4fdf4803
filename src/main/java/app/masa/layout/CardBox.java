package app.masa.layout;

import java.util.List;

/**
 * A card, placed and wrapped.
 *
 * @param handle where a connection can be dragged from (at the reading end of the card)
 */
public record CardBox(String cardId, String stageId, String laneId, Rect bounds, List<TextLine> titleLines,
                      List<TextLine> bodyLines, Rgba fill, Rgba accent, Rect handle) {
    public CardBox {
        titleLines = List.copyOf(titleLines);
        bodyLines = List.copyOf(bodyLines);
    }
}
