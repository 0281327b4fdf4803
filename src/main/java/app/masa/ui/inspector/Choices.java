package app.masa.ui.inspector;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Drop-down lists whose items are shown by a function (enum names from the bundles, scale labels). */
final class Choices {
    private Choices() {
    }

    static <T> ComboBox<T> of(String id, List<T> items, Function<T, String> names) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return names.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        // The null item ("none") has to be drawn by the cell too, not left blank.
        box.setButtonCell(cell(names));
        box.setCellFactory(v -> cell(names));
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> names) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : names.apply(item));
            }
        };
    }
}
