package app.masa.ui.export;

import app.masa.io.JourneyFileException;
import app.masa.io.TemplateCatalog;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Stage;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.testfx.util.WaitForAsyncUtils;

/** Maps and small helpers shared by the export and print window tests. */
public final class ExportFixtures {
    private ExportFixtures() {
    }

    public static JourneyMap template(String id, String language) {
        try {
            return TemplateCatalog.builtIn().create(id, language).maps().get(0);
        } catch (JourneyFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A poster of a map: many stages of many cards, slow enough to export that it can be cancelled. */
    public static JourneyMap poster(int stageCount, int cardsPerStage) {
        List<Stage> stages = new ArrayList<>();
        List<Card> cards = new ArrayList<>();
        List<Lane> lanes = List.of(Lane.of("l1", "Touchpoints", LaneKind.CARDS), Lane.of("l2", "Actions", LaneKind.CARDS));
        for (int s = 0; s < stageCount; s++) {
            stages.add(Stage.of("s" + s, "Stage " + s));
            for (int c = 0; c < cardsPerStage; c++) {
                cards.add(Card.of("c" + s + "-" + c, "s" + s, c % 2 == 0 ? "l1" : "l2", c / 2, CardType.TOUCHPOINT,
                        "Card " + c + " of stage " + s));
            }
        }
        EmotionScale scale = EmotionScale.centred(List.of("awful", "bad", "ok", "good", "great"));
        return new JourneyMap("poster", "Poster", "", "en", null, scale, List.of(), stages, lanes, cards, List.of(),
                null, null, null);
    }

    public static BufferedImage toAwt(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, w, h, argb, 0, w);
        return picture;
    }

    /** Reads a value on the FX thread. */
    public static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
