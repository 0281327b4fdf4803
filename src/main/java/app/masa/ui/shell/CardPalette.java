package app.masa.ui.shell;

import app.masa.ui.common.CardTypeLook;
import app.masa.ui.common.HoverTips;

import app.masa.i18n.Messages;
import app.masa.model.CardType;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The card types as tiles to drag onto a cell of the map. */
public final class CardPalette {
    private CardPalette() {
    }

    public static VBox build() {
        Label heading = new Label(Messages.get("palette.title"));
        heading.getStyleClass().add("panel-heading");
        VBox box = new VBox(heading);
        box.getStyleClass().add("palette");
        for (CardType type : CardType.values()) {
            box.getChildren().add(tile(type));
        }
        Label hint = new Label(Messages.get("palette.dragHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("panel-hint");
        box.getChildren().add(hint);
        return box;
    }

    private static Label tile(CardType type) {
        FontIcon icon = new FontIcon(CardTypeLook.icon(type));
        Label tile = new Label(CardTypeLook.name(type), icon);
        tile.setId("palette-" + type.name());
        tile.getStyleClass().addAll("palette-tile", CardTypeLook.styleClass(type));
        tile.setMaxWidth(Double.MAX_VALUE);
        HoverTips.install(tile, CardTypeLook.hint(type));
        tile.setOnDragDetected(e -> {
            Dragboard board = tile.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(CardTypeTransfer.FORMAT, type.name());
            board.setContent(content);
            board.setDragView(tile.snapshot(null, null));
            e.consume();
        });
        return tile;
    }
}
