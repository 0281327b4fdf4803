package app.masa.ui.analysis;

import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.TextField;

/**
 * A text field for one optional figure. What is typed counts when Enter is pressed or the field is
 * left, never halfway through a number; refreshing from the document leaves a field being typed in alone.
 */
final class NumberField {
    private final TextField field = new TextField();
    private final Supplier<String> shown;
    private final Predicate<Text> commit;
    private String committed = "";

    /** What was typed: empty (clear the figure), a number, or something that is not one. */
    record Text(String raw, OptionalDouble number) {
        boolean isBlank() {
            return NumberText.isBlank(raw);
        }
    }

    /**
     * @param commit applies what was typed to the document; false when it could not (the field then
     *               keeps the text and shows it as invalid)
     */
    NumberField(String id, Supplier<String> shown, Predicate<Text> commit) {
        this.shown = shown;
        this.commit = commit;
        field.setId(id);
        field.setOnAction(e -> commitIfChanged());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitIfChanged();
            }
        });
        refresh();
    }

    TextField node() {
        return field;
    }

    void refresh() {
        if (!field.isFocused() || field.getText().equals(committed)) {
            committed = shown.get();
            field.setText(committed);
        }
    }

    void markInvalid(boolean invalid) {
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), invalid);
    }

    private void commitIfChanged() {
        String text = field.getText();
        if (text.equals(committed)) {
            return;
        }
        boolean applied = commit.test(new Text(text, NumberText.parse(text)));
        markInvalid(!applied);
        if (applied) {
            committed = shown.get();
            field.setText(committed);
        }
    }
}
