package app.masa.ui.workshop;

import app.masa.layout.CardBox;
import app.masa.layout.MapLayout;
import app.masa.ui.canvas.MapCanvas;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;

/** Where the editor's map and its visible cards are on the screen, for placing windows beside them. */
final class CardsOnScreen {
    private CardsOnScreen() {
    }

    /** The map's area on the screen, or null when the editor is not showing. */
    static Rectangle2D mapArea(Node editor) {
        if (editor.getScene() == null) {
            return null;
        }
        Bounds b = editor.localToScreen(editor.getLayoutBounds());
        return b == null ? null : new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** The cards the editor shows now, each cut to the part of it inside the map's area. */
    static List<Rectangle2D> visibleCards(Node editor) {
        Rectangle2D area = mapArea(editor);
        if (!(editor instanceof MapCanvas canvas) || area == null || canvas.currentLayout() == null) {
            return List.of();
        }
        MapLayout layout = canvas.currentLayout();
        List<Rectangle2D> cards = new ArrayList<>();
        for (CardBox card : layout.cards()) {
            Point2D a = canvas.screenPointOf(card.bounds().x(), card.bounds().y());
            Point2D b = canvas.screenPointOf(card.bounds().maxX(), card.bounds().maxY());
            if (a == null || b == null) {
                continue;
            }
            double minX = Math.max(area.getMinX(), Math.min(a.getX(), b.getX()));
            double maxX = Math.min(area.getMaxX(), Math.max(a.getX(), b.getX()));
            double minY = Math.max(area.getMinY(), a.getY());
            double maxY = Math.min(area.getMaxY(), b.getY());
            if (maxX > minX && maxY > minY) {
                cards.add(new Rectangle2D(minX, minY, maxX - minX, maxY - minY));
            }
        }
        return cards;
    }
}
