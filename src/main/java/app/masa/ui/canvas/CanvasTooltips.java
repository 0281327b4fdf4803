package app.masa.ui.canvas;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import java.util.Objects;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** One tooltip for the whole canvas whose text follows what is under the pointer. */
final class CanvasTooltips {
    private static final Object KEY = new Object();
    private static final Object TEXT = new Object();

    private CanvasTooltips() {
    }

    static void update(MapCanvas canvas, Hit hit) {
        Tooltip tip = (Tooltip) canvas.getProperties().get(KEY);
        if (tip == null) {
            tip = new Tooltip();
            tip.setShowDelay(Duration.millis(700));
            tip.setWrapText(true);
            tip.setMaxWidth(320);
            canvas.getProperties().put(KEY, tip);
        }
        String text = textFor(canvas, hit);
        if (Objects.equals(text, canvas.getProperties().get(TEXT))) {
            return;
        }
        canvas.getProperties().put(TEXT, text);
        if (text == null) {
            Tooltip.uninstall(canvas, tip);
        } else {
            tip.setText(text);
            Tooltip.install(canvas, tip);
        }
    }

    private static String withConflict(MapCanvas canvas, String text, Card card) {
        String conflict = ConflictTip.of(canvas.currentMap(), card);
        return conflict == null ? text : text + "\n\n" + conflict;
    }

    private static String textFor(MapCanvas canvas, Hit hit) {
        return switch (hit.kind()) {
            case CARD_HANDLE -> Messages.get("canvas.tip.handle");
            case CURVE_POINT -> Messages.get("canvas.tip.curvePoint");
            case STAGE_BORDER -> Messages.get("canvas.tip.stageBorder");
            case LANE_BORDER -> Messages.get("canvas.tip.laneBorder");
            case LANE_CHEVRON -> Messages.get("canvas.tip.chevron");
            case STAGE_HEADER, LANE_HEADER -> Messages.get("canvas.tip.header");
            case CONNECTION -> Messages.get("canvas.tip.connection");
            case CARD -> canvas.currentMap().card(hit.id()).map(c -> withConflict(canvas,
                    c.body().isBlank() ? c.title() : c.title() + "\n" + c.body(), c)).orElse(null);
            default -> null;
        };
    }
}
