package app.masa.ui.canvas;

import static app.masa.ui.canvas.GeneratedMapWindow.HEIGHT;
import static app.masa.ui.canvas.GeneratedMapWindow.WIDTH;
import static app.masa.ui.canvas.GeneratedMapWindow.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.CardBox;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The feedback layer covers what it shows and no more, and is away when nothing shows in view. */
@ExtendWith(ApplicationExtension.class)
class FeedbackLayerTest {
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = GeneratedMapWindow.show(stage);
    }

    @Test
    void aSelectedCardInViewGetsALayerAroundItsOutlineOnly() throws Exception {
        CardBox card = onFx(() -> cardWhere(true));
        Bounds cardInView = onFx(() -> {
            select(card);
            Point2D topLeft = canvas.viewport().toView(card.bounds().x(), card.bounds().y());
            Point2D bottomRight = canvas.viewport().toView(card.bounds().maxX(), card.bounds().maxY());
            return new BoundingBox(topLeft.getX(), topLeft.getY(), bottomRight.getX() - topLeft.getX(),
                    bottomRight.getY() - topLeft.getY());
        });
        Bounds layer = onFx(() -> canvas.feedback().getBoundsInParent());

        assertThat(onFx(() -> canvas.feedback().isVisible())).isTrue();
        assertThat(layer.contains(cardInView)).as("%s holds the card at %s", layer, cardInView).isTrue();
        assertThat(layer.getWidth() * layer.getHeight()).as("the layer's area")
                .isLessThan(0.1 * WIDTH * HEIGHT);
    }

    @Test
    void nothingToShowInViewPutsTheLayerAway() throws Exception {
        CardBox farAway = onFx(() -> cardWhere(false));
        boolean[] visible = new boolean[2];
        onFx(() -> {
            select(farAway);
            visible[0] = canvas.feedback().isVisible();
            canvas.session().selection().clear();
            visible[1] = canvas.feedback().isVisible();
            return null;
        });
        assertThat(visible).as("with a card out of view selected, then with nothing").containsExactly(false, false);
    }

    private void select(CardBox card) {
        canvas.session().selection().selectCards(List.of(card.cardId()));
    }

    /** A card well inside the view, or one far outside it. */
    private CardBox cardWhere(boolean inView) {
        for (CardBox card : canvas.currentLayout().cards()) {
            Point2D p = canvas.viewport().toView(card.bounds().centerX(), card.bounds().centerY());
            boolean inside = p.getX() > 100 && p.getY() > 100 && p.getX() < WIDTH - 200 && p.getY() < HEIGHT - 200;
            boolean far = p.getX() > 3 * WIDTH || p.getY() > 3 * HEIGHT;
            if (inView ? inside : far) {
                return card;
            }
        }
        throw new IllegalStateException("no such card");
    }

}
