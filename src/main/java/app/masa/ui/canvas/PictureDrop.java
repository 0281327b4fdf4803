package app.masa.ui.canvas;

import app.masa.edit.Edits;
import app.masa.edit.PictureEdits;
import app.masa.layout.CardBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.Surface;
import app.masa.model.JourneyMap;
import app.masa.model.LaneKind;
import app.masa.ui.pictures.PictureFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;

/**
 * Accepts picture files dragged from the desktop: onto a card they become its picture, onto a
 * cell new cards showing them (in a storyboard lane, one frame a stage from the one dropped on).
 * The card or the slot the pictures would go to is marked while they hover.
 */
final class PictureDrop {
    /** Where dropped pictures go: a card, or a slot of a cell. */
    record Target(String cardId, DropTarget slot) {
        Rect mark(LayoutIndex index) {
            if (cardId != null) {
                CardBox card = index.card(cardId);
                return card == null ? null : card.bounds();
            }
            return slot.indicator();
        }
    }

    private final MapCanvas canvas;
    private Target hovered;

    PictureDrop(MapCanvas canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(DragEvent.DRAG_OVER, this::over);
        canvas.addEventHandler(DragEvent.DRAG_EXITED, e -> {
            hovered = null;
            canvas.repaintOverlay();
        });
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    private static List<Path> pictures(DragEvent e) {
        return e.getDragboard().hasFiles() ? PictureFiles.pictures(e.getDragboard().getFiles()) : List.of();
    }

    private void over(DragEvent e) {
        if (pictures(e).isEmpty()) {
            return;
        }
        hovered = targetAt(e.getSceneX(), e.getSceneY()).orElse(null);
        if (hovered != null) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        canvas.repaintOverlay();
        e.consume();
    }

    private void dropped(DragEvent e) {
        List<Path> files = pictures(e);
        if (files.isEmpty()) {
            return;
        }
        hovered = null;
        canvas.repaintOverlay();
        Optional<Target> at = targetAt(e.getSceneX(), e.getSceneY());
        at.ifPresent(t -> place(files, t));
        e.setDropCompleted(at.isPresent());
        e.consume();
    }

    /** Reads the files, then puts them at the target as one undo step. */
    void place(List<Path> files, Target target) {
        Window owner = canvas.getScene() == null ? null : canvas.getScene().getWindow();
        PictureFiles.read(files, owner, pictures -> placeRead(pictures, target));
    }

    void placeRead(List<PictureEdits.Named> pictures, Target target) {
        JourneyMap map = canvas.currentMap();
        if (target.cardId() != null) {
            if (map.card(target.cardId()).isPresent()) {
                canvas.edits().apply(Edits.setCardPicture(map.id(), target.cardId(), pictures.get(0).picture()));
                canvas.pointer().selectCard(target.cardId(), false);
            }
            return;
        }
        DropTarget slot = target.slot();
        PictureEdits.intoCell(map, slot.cell().stageId(), slot.cell().laneId(), slot.index(), pictures)
                .ifPresent(placed -> {
                    canvas.edits().apply(placed.command());
                    canvas.session().selection().selectCards(placed.cardIds());
                });
    }

    /** A card under the pointer takes the picture; else the slot of the cell, unless it is the emotion curve's. */
    Optional<Target> targetAt(double sceneX, double sceneY) {
        if (canvas.index() == null) {
            return Optional.empty();
        }
        Point2D local = canvas.view().sceneToLocal(sceneX, sceneY);
        Point2D p = canvas.viewport().toLayout(local.getX(), local.getY());
        Hit hit = HitTester.at(canvas.currentLayout(), p.getX(), p.getY(), canvas.viewport().zoom());
        if (hit.is(Hit.Kind.CARD) || hit.is(Hit.Kind.CARD_HANDLE)) {
            return Optional.of(new Target(hit.id(), null));
        }
        JourneyMap map = canvas.currentMap();
        return DropTargets.at(canvas.index(), p.getX(), p.getY())
                .filter(t -> map.lane(t.cell().laneId()).map(l -> l.kind() != LaneKind.EMOTION).orElse(false))
                .map(t -> new Target(null, t));
    }

    void paint(Surface s, MapLayout layout, double zoom) {
        if (hovered == null || canvas.index() == null) {
            return;
        }
        Rect mark = hovered.mark(canvas.index());
        if (mark == null) {
            return;
        }
        if (hovered.cardId() != null) {
            s.fillRect(mark, layout.style().metrics().cardRadius(), Feedback.SELECTION_FILL);
            s.strokeRect(mark, layout.style().metrics().cardRadius(), Feedback.screenStroke(Feedback.DROP, 2, zoom));
        } else {
            s.fillRect(mark, mark.height() / 2, Feedback.DROP);
        }
    }
}
