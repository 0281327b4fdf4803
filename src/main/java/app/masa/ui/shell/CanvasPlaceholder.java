package app.masa.ui.shell;

import app.masa.i18n.Messages;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Stands in for the map canvas where it is not available; every canvas command does nothing. */
public final class CanvasPlaceholder implements CanvasCommands {
    private final StackPane pane = new StackPane(new Label(Messages.get("ui.canvas.placeholder")));

    @Override
    public ObservableDoubleValue zoom() {
        return new SimpleDoubleProperty(1.0);
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public void zoomIn() {
    }

    @Override
    public void zoomOut() {
    }

    @Override
    public void zoomReset() {
    }

    @Override
    public void fitToWindow() {
    }

    @Override
    public void cut() {
    }

    @Override
    public void copy() {
    }

    @Override
    public void paste() {
    }

    @Override
    public void deleteSelection() {
    }

    @Override
    public void selectAll() {
    }

    @Override
    public void startEditingSelection() {
    }
}
