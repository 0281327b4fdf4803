package app.masa.ui.workshop;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A QR code drawn module by module on whole pixels, dark on white with the quiet zone the standard
 * asks for, so a phone reads it from the back of a room off a projector.
 */
final class QrCodeView extends Canvas {
    private static final int QUIET_ZONE = 4;

    QrCodeView(boolean[][] modules, double side) {
        super(side, side);
        int count = modules.length + 2 * QUIET_ZONE;
        double module = Math.floor(side / count);
        double drawn = module * count;
        double offset = Math.floor((side - drawn) / 2);
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setFill(Color.BLACK);
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules[y].length; x++) {
                if (modules[y][x]) {
                    g.fillRect(offset + (x + QUIET_ZONE) * module, offset + (y + QUIET_ZONE) * module, module, module);
                }
            }
        }
    }
}
