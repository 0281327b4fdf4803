package app.masa.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;

/** What the menus and the tool bar ask of the canvas; the canvas itself lives in {@code ui.canvas}. */
public interface CanvasCommands {
    Node node();

    /** 1.0 is actual size. */
    ObservableDoubleValue zoom();

    void zoomIn();

    void zoomOut();

    void zoomReset();

    void fitToWindow();

    /** The map's width in the window, as long as card titles stay readable. */
    void fitToWidth();

    /** Whether the canvas shows, under the stage headers, the band that sums each stage's figures. */
    BooleanProperty metricsLane();

    void cut();

    void copy();

    void paste();

    void deleteSelection();

    void selectAll();

    void startEditingSelection();

    /** Asks for a picture for the selected card, or for a new card in the selected cell. */
    void choosePictureForSelection();
}
