package app.masa.ui.inspector;

import app.masa.ui.session.DocumentSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.Property;
import javafx.event.ActionEvent;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/**
 * Ties inspector controls to the document both ways. A control shows the model's value; a user's
 * change becomes a command. Refreshing from the model never writes back, and typing in one field
 * stays one undo step until the field loses focus or the user presses Enter.
 */
final class FieldBinder {
    private final DocumentSession session;
    private final List<Runnable> refreshers = new ArrayList<>();
    private boolean updating;

    FieldBinder(DocumentSession session) {
        this.session = session;
    }

    /** A text control: every keystroke changes the model, merged into one step until sealed. */
    <C extends TextInputControl> C text(C control, Supplier<String> read, Consumer<String> write) {
        return text(control, read, write, UnaryOperator.identity());
    }

    /**
     * A text control whose text is read in a normal form (tags: "a, b," means "a, b"): while the
     * text and the model agree in that form, neither overwrites the other.
     */
    <C extends TextInputControl> C text(C control, Supplier<String> read, Consumer<String> write,
                                        UnaryOperator<String> normalize) {
        bind(control.textProperty(), read, write, normalize);
        if (control instanceof TextField field) {
            field.addEventHandler(ActionEvent.ACTION, e -> session.seal());
        }
        control.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                session.seal();
            }
        });
        return control;
    }

    /** Any other value: each change is its own undo step. */
    <T> void value(Property<T> property, Supplier<T> read, Consumer<T> write) {
        bind(property, read, value -> {
            write.accept(value);
            session.seal();
        }, v -> v);
    }

    void refresh() {
        refreshers.forEach(Runnable::run);
    }

    private <T> void bind(Property<T> property, Supplier<T> read, Consumer<T> write, UnaryOperator<T> normalize) {
        Runnable refresher = () -> {
            T model = read.get();
            if (!Objects.equals(normalize.apply(property.getValue()), model)) {
                updating = true;
                try {
                    property.setValue(model);
                } finally {
                    updating = false;
                }
            }
        };
        refreshers.add(refresher);
        refresher.run();
        property.addListener((o, old, value) -> {
            if (!updating && !Objects.equals(normalize.apply(value), read.get())) {
                write.accept(value);
            }
        });
    }
}
