package app.masa.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work a window's first frame does not show, done just after that frame instead of before it: the
 * frame is laid out and handed to the renderer first, then the work runs on the JavaFX thread.
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    /** Runs {@code work} once the scene the node is in (now or later) has laid out a frame. */
    public static void run(Node node, Runnable work) {
        if (node.getScene() != null) {
            afterLayout(node.getScene(), work);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    afterLayout(scene, work);
                }
            }
        });
    }

    private static void afterLayout(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean due = true;

            @Override
            public void run() {
                if (due) {
                    due = false;
                    // Not from inside the pulse: its listeners are being walked, and the frame is not yet drawn.
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(this);
                        work.run();
                    });
                }
            }
        });
    }
}
