package app.masa.ui.canvas;

import app.masa.ui.pictures.PictureFiles;
import java.nio.file.Path;
import app.masa.i18n.Messages;
import app.masa.io.CardsFile;
import app.masa.io.JourneyFileException;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.session.CellRef;
import app.masa.ui.session.Selection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import javafx.scene.input.DataFormat;

/**
 * Cut, copy and paste of cards through the system clipboard: as a journey file holding the cards
 * (for Masa, so every field survives, also between maps and windows) and as plain text (titles,
 * one per line) for other programs. Plain text from elsewhere pastes as one card per line; cards
 * an earlier Masa copied still paste.
 */
final class CardClipboard {
    /** The type of journey files, also on the clipboard. */
    static final String JOURNEY_MIME = "application/x-masa-journey";

    private final MapCanvas canvas;

    CardClipboard(MapCanvas canvas) {
        this.canvas = canvas;
    }

    static DataFormat journeyFormat() {
        return format(JOURNEY_MIME);
    }

    static DataFormat legacyFormat() {
        return format(LegacyCardsJson.MIME);
    }

    private static DataFormat format(String mime) {
        DataFormat f = DataFormat.lookupMimeType(mime);
        return f != null ? f : new DataFormat(mime);
    }

    void copy() {
        List<Card> cards = selectedCards();
        if (cards.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.put(journeyFormat(), CardsFile.write(canvas.currentMap(), cards));
        content.putString(CardsText.titles(cards));
        Clipboard.getSystemClipboard().setContent(content);
    }

    void cut() {
        List<Card> cards = selectedCards();
        if (cards.isEmpty()) {
            return;
        }
        copy();
        canvas.session().selection().cardIds().clear();
        canvas.edits().deleteCards(canvas.currentMap(), cards.stream().map(Card::id).toList());
    }

    /** Pastes after the selected card, or at the end of the selected cell, or into the first cell. */
    void paste() {
        if (pastePictures()) {
            return;
        }
        List<Card> cards;
        try {
            cards = fromClipboard();
        } catch (JourneyFileException e) {
            Dialogs.showError(canvas.getScene() == null ? null : canvas.getScene().getWindow(),
                    Messages.get("canvas.paste.failed"), e.problems().get(0).message());
            return;
        }
        if (cards.isEmpty()) {
            return;
        }
        JourneyMap map = canvas.currentMap();
        Selection sel = canvas.session().selection();
        CellRef cell = sel.cellProperty().get();
        int index = -1;
        if (cell == null || map.stage(cell.stageId()).isEmpty() || map.lane(cell.laneId()).isEmpty()) {
            List<CellRef> cells = CellNavigator.cells(map);
            if (cells.isEmpty()) {
                return;
            }
            cell = cells.get(0);
        }
        List<Card> inCell = map.cardsIn(cell.stageId(), cell.laneId());
        for (int i = 0; i < inCell.size(); i++) {
            if (sel.cardIds().contains(inCell.get(i).id())) {
                index = i + 1;
            }
        }
        if (index < 0) {
            index = inCell.size();
        }
        List<String> ids = canvas.edits().pasteCards(map, cards, cell, index);
        sel.selectCards(ids);
        sel.cellProperty().set(cell);
    }

    /**
     * A picture on the clipboard (copied pixels, or picture files copied in a file manager) goes onto
     * the one selected card, else into the selected cell. Cards copied in Masa come first.
     */
    private boolean pastePictures() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasContent(journeyFormat()) || clipboard.hasContent(legacyFormat())) {
            return false;
        }
        List<Path> files = clipboard.hasFiles()
                ? PictureFiles.pictures(clipboard.getFiles()) : List.of();
        Image image = files.isEmpty() && clipboard.hasImage() ? clipboard.getImage() : null;
        if (files.isEmpty() && image == null) {
            return false;
        }
        PictureDrop.Target target = pictureTarget();
        if (target == null) {
            return true;
        }
        if (image != null) {
            PictureFiles.read(image, window(),
                    pictures -> canvas.pictures().placeRead(pictures, target));
        } else {
            canvas.pictures().place(files, target);
        }
        return true;
    }

    private PictureDrop.Target pictureTarget() {
        JourneyMap map = canvas.currentMap();
        Selection sel = canvas.session().selection();
        if (sel.cardIds().size() == 1) {
            return new PictureDrop.Target(sel.cardIds().iterator().next(), null);
        }
        CellRef cell = sel.cellProperty().get();
        if (cell == null || map.stage(cell.stageId()).isEmpty() || map.lane(cell.laneId()).isEmpty()) {
            List<CellRef> cells = CellNavigator.cells(map);
            if (cells.isEmpty()) {
                return null;
            }
            cell = cells.get(0);
        }
        return new PictureDrop.Target(null,
                new DropTarget(cell, map.cardsIn(cell.stageId(), cell.laneId()).size(), null));
    }

    private Window window() {
        return canvas.getScene() == null ? null : canvas.getScene().getWindow();
    }

    private List<Card> selectedCards() {
        JourneyMap map = canvas.currentMap();
        Set<String> ids = Set.copyOf(canvas.session().selection().cardIds());
        return map.cards().stream().filter(c -> ids.contains(c.id()))
                .sorted(Comparator.<Card>comparingInt(c -> map.stageIndex(c.stageId()))
                        .thenComparingInt(c -> map.laneIndex(c.laneId())).thenComparingInt(Card::order))
                .toList();
    }

    /** The cards on the clipboard, from the richest form it holds. */
    private static List<Card> fromClipboard() throws JourneyFileException {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String journey = text(clipboard.getContent(journeyFormat()));
        if (journey != null) {
            return CardsFile.read(journey, "clipboard");
        }
        String legacy = text(clipboard.getContent(legacyFormat()));
        if (legacy != null) {
            return LegacyCardsJson.read(legacy);
        }
        return clipboard.hasString() ? CardsText.notes(clipboard.getString()) : List.of();
    }

    /** Content this process put there is the text itself; another program's arrives as bytes. */
    private static String text(Object content) {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (content instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return null;
    }
}
