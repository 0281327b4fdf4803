package app.masa.ui.canvas;

import app.masa.i18n.Messages;
import app.masa.layout.MapLayout;
import app.masa.layout.Surface;
import app.masa.model.CardType;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Accepts a card type dragged from the palette: shows where the new card will go, and on the drop
 * adds it there and opens its title for typing.
 */
final class PaletteDrop {
    static final String CARD_TYPE_MIME = "application/x-masa-card-type";

    private final MapCanvas canvas;
    private DropTarget target;

    PaletteDrop(MapCanvas canvas) {
        this.canvas = canvas;
    }

    /** The shared format; whichever side asks first creates it (a format can be created only once). */
    static DataFormat cardTypeFormat() {
        DataFormat f = DataFormat.lookupMimeType(CARD_TYPE_MIME);
        return f != null ? f : new DataFormat(CARD_TYPE_MIME);
    }

    void install() {
        canvas.addEventHandler(DragEvent.DRAG_OVER, this::over);
        canvas.addEventHandler(DragEvent.DRAG_EXITED, e -> {
            target = null;
            canvas.repaintOverlay();
        });
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    private Optional<CardType> typeOf(Dragboard board) {
        Object content = board.getContent(cardTypeFormat());
        if (content == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CardType.valueOf(content.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void over(DragEvent e) {
        if (typeOf(e.getDragboard()).isEmpty()) {
            return;
        }
        target = targetAt(e.getSceneX(), e.getSceneY()).orElse(null);
        if (target != null) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        canvas.repaintOverlay();
        e.consume();
    }

    private void dropped(DragEvent e) {
        Optional<CardType> type = typeOf(e.getDragboard());
        Optional<DropTarget> at = targetAt(e.getSceneX(), e.getSceneY());
        target = null;
        if (type.isEmpty() || at.isEmpty()) {
            e.setDropCompleted(false);
            canvas.repaintOverlay();
            return;
        }
        drop(type.get(), at.get());
        e.setDropCompleted(true);
        e.consume();
    }

    /** Adds a card of a type at a drop position and starts editing its title. */
    void drop(CardType type, DropTarget at) {
        String id = canvas.edits().addCard(canvas.currentMap(), at.cell(), at.index(), type,
                Messages.get("canvas.card.new." + type.name()));
        canvas.pointer().selectCard(id, false);
        canvas.requestFocus();
        canvas.editor().editCard(id);
    }

    Optional<DropTarget> targetAt(double sceneX, double sceneY) {
        Point2D local = canvas.view().sceneToLocal(sceneX, sceneY);
        Point2D p = canvas.viewport().toLayout(local.getX(), local.getY());
        return DropTargets.at(canvas.index(), p.getX(), p.getY());
    }

    void paint(Surface s, MapLayout layout, double zoom) {
        if (target != null) {
            s.fillRect(target.indicator(), target.indicator().height() / 2, Feedback.DROP);
        }
    }
}
