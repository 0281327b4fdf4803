package app.masa.ui.shell;

import app.masa.model.CardType;
import java.util.Optional;
import javafx.scene.input.Dragboard;
import javafx.scene.input.DataFormat;

/**
 * The drag-and-drop format of a card type dragged from the palette: the enum's name under
 * {@value #MIME}. The canvas accepts drops of it.
 */
public final class CardTypeTransfer {
    public static final String MIME = "application/x-masa-card-type";
    /** JavaFX allows one DataFormat per MIME type per process, so reuse one made elsewhere. */
    public static final DataFormat FORMAT = DataFormat.lookupMimeType(MIME) != null
            ? DataFormat.lookupMimeType(MIME) : new DataFormat(MIME);

    private CardTypeTransfer() {
    }

    public static Optional<CardType> read(Dragboard board) {
        Object value = board.getContent(FORMAT);
        if (value instanceof String name) {
            try {
                return Optional.of(CardType.valueOf(name));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
