package app.masa.ui.shell;

import app.masa.ui.canvas.MapCanvas;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;

/** The real canvas behind the menus and the tool bar. */
final class MapCanvasCommands implements CanvasCommands {
    private final MapCanvas canvas;
    private final BooleanProperty metricsLane;

    MapCanvasCommands(MapCanvas canvas) {
        this.canvas = canvas;
        metricsLane = new SimpleBooleanProperty(this, "metricsLane", canvas.layoutOptionsProperty().get().metricsLane());
        metricsLane.addListener((o, was, shown) -> canvas.layoutOptionsProperty().set(
                canvas.layoutOptionsProperty().get().withMetricsLane(shown)));
    }

    @Override
    public BooleanProperty metricsLane() {
        return metricsLane;
    }

    @Override
    public ReadOnlyDoubleProperty zoom() {
        return canvas.zoomProperty();
    }

    @Override
    public Node node() {
        return canvas;
    }

    @Override
    public void zoomIn() {
        canvas.zoomIn();
    }

    @Override
    public void zoomOut() {
        canvas.zoomOut();
    }

    @Override
    public void zoomReset() {
        canvas.zoomReset();
    }

    @Override
    public void fitToWindow() {
        canvas.fitToWindow();
    }

    @Override
    public void fitToWidth() {
        canvas.fitToWidth();
    }

    @Override
    public void cut() {
        canvas.cut();
    }

    @Override
    public void copy() {
        canvas.copy();
    }

    @Override
    public void paste() {
        canvas.paste();
    }

    @Override
    public void deleteSelection() {
        canvas.deleteSelection();
    }

    @Override
    public void selectAll() {
        canvas.selectAll();
    }

    @Override
    public void startEditingSelection() {
        canvas.startEditingSelection();
    }

    @Override
    public void choosePictureForSelection() {
        canvas.choosePictureForSelection();
    }
}
