package app.masa.layout;

import java.util.List;

/** A stage's header band and the full-height column below it. */
public record StageBox(String stageId, int index, Rect header, Rect column, List<TextLine> nameLines, Rgba fill) {
    public StageBox {
        nameLines = List.copyOf(nameLines);
    }
}
