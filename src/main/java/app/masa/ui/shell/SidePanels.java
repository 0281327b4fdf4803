package app.masa.ui.shell;

import app.masa.ui.common.ShellPreferences;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The card palette and the inspector on either side of the map, shown or hidden together. On a
 * projector the map needs the whole width: the panels keep their minimum widths, so narrowing them
 * by hand leaves too little. Whether they show is remembered between runs; where the dividers were
 * is kept while the window is open.
 */
final class SidePanels {
    private static final double[] FIRST_DIVIDERS = {0.13, 0.77};

    private final BooleanProperty shown;
    private final Node focusWhenHidden;
    private double[] dividers = FIRST_DIVIDERS.clone();
    private SplitPane split;
    private Node palette;
    private Node map;
    private Node inspector;

    /** @param focusWhenHidden takes the keyboard when the panel that had it goes away */
    SidePanels(ShellPreferences preferences, Node focusWhenHidden) {
        this.focusWhenHidden = focusWhenHidden;
        shown = new SimpleBooleanProperty(this, "shown", preferences.sidePanels());
        shown.addListener((o, was, now) -> {
            preferences.setSidePanels(now);
            arrange();
        });
    }

    BooleanProperty shownProperty() {
        return shown;
    }

    void toggle() {
        shown.set(!shown.get());
    }

    /** The split of the window's middle, built again whenever the interface language changes. */
    SplitPane build(Node palette, Node map, Node inspector) {
        rememberDividers();
        this.palette = palette;
        this.map = map;
        this.inspector = inspector;
        split = new SplitPane();
        split.setId("main-split");
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        arrange();
        return split;
    }

    private void arrange() {
        if (split == null) {
            return;
        }
        if (shown.get()) {
            if (split.getItems().size() != 3) {
                split.getItems().setAll(palette, map, inspector);
                split.setDividerPositions(dividers);
            }
            return;
        }
        rememberDividers();
        boolean hadFocus = split.getScene() != null && inPanel(split.getScene().getFocusOwner());
        split.getItems().setAll(map);
        if (hadFocus) {
            focusWhenHidden.requestFocus();
        }
    }

    private boolean inPanel(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == palette || n == inspector) {
                return true;
            }
        }
        return false;
    }

    private void rememberDividers() {
        if (split != null && split.getItems().size() == 3) {
            dividers = split.getDividerPositions();
        }
    }
}
