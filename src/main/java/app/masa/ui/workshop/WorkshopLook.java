package app.masa.ui.workshop;

import app.masa.layout.LayoutOptions;
import app.masa.layout.Theme;
import app.masa.ui.canvas.MapCanvas;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Dresses a window for the chosen theme beyond the base stylesheet: the projector look (larger,
 * stronger text from the {@code :projector} rules of masa.css) and the map's own theme on the
 * canvas, so the editor on a projector matches the presentation.
 */
public final class WorkshopLook {
    private static final PseudoClass PROJECTOR = PseudoClass.getPseudoClass("projector");

    private WorkshopLook() {
    }

    /**
     * Applies the look to the window holding {@code inWindow} now, and again whenever that node
     * enters a window (the shell rebuilds its views when the language changes).
     */
    public static void follow(Node inWindow, Node editor, Supplier<Theme> mapTheme) {
        inWindow.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                apply(scene, editor, mapTheme.get());
            }
        });
        apply(inWindow.getScene(), editor, mapTheme.get());
    }

    public static void apply(Scene scene, Node editor, Theme mapTheme) {
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(PROJECTOR, mapTheme == Theme.PROJECTOR);
        }
        if (editor instanceof MapCanvas canvas) {
            LayoutOptions options = canvas.layoutOptionsProperty().get();
            if (options.theme() != mapTheme) {
                canvas.layoutOptionsProperty().set(options.withTheme(mapTheme));
            }
        }
    }
}
