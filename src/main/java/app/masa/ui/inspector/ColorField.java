package app.masa.ui.inspector;

import app.masa.i18n.Messages;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * A colour that may be unset (the theme's colour): a picker plus a button that clears it. Its
 * value is "#RRGGBB" or null, as the model stores it.
 */
final class ColorField extends HBox {
    private final ObjectProperty<String> hex = new SimpleObjectProperty<>(this, "hex");
    private final ColorPicker picker = new ColorPicker();
    private boolean syncing;

    ColorField(String id) {
        super(6);
        setId(id);
        picker.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(picker, Priority.ALWAYS);
        Button clear = new Button(null, new FontIcon(MaterialDesignF.FORMAT_COLOR_MARKER_CANCEL));
        clear.getStyleClass().addAll("flat", "button-icon");
        clear.setTooltip(new Tooltip(Messages.get("inspector.color.reset")));
        clear.setOnAction(e -> hex.set(null));
        clear.disableProperty().bind(hex.isNull());
        getChildren().addAll(picker, clear);
        picker.valueProperty().addListener((o, a, color) -> {
            if (!syncing) {
                hex.set(toHex(color));
            }
        });
        hex.addListener((o, a, value) -> {
            syncing = true;
            try {
                picker.setValue(value == null ? Color.TRANSPARENT : Color.web(value));
            } finally {
                syncing = false;
            }
        });
    }

    ObjectProperty<String> hexProperty() {
        return hex;
    }

    static String toHex(Color color) {
        if (color == null) {
            return null;
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x",
                Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }
}
