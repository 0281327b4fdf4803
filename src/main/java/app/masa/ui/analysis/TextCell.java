package app.masa.ui.analysis;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A table cell of text that, when its column is too narrow and the text ends in "…", shows the
 * whole text when the pointer rests on it (a list of open questions, a long conversion path).
 */
final class TextCell<S> extends TableCell<S, String> {
    private final Tooltip whole = new Tooltip();

    TextCell() {
        whole.setWrapText(true);
        whole.setMaxWidth(480);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        String full = getText();
        boolean cut = full != null && !full.isEmpty() && !full.equals(shownText());
        if (cut) {
            whole.setText(full);
        }
        if (cut != (getTooltip() != null)) {
            setTooltip(cut ? whole : null);
        }
    }

    private String shownText() {
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return getText();
    }
}
