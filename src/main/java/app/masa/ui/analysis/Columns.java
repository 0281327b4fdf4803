package app.masa.ui.analysis;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The columns of the Numbers window's tables: text, or numbers at the end of the cell that sort as
 * numbers. Each remembers how its cells read, so {@link ColumnFit} can size it to its content, and
 * may carry a sentence that explains it when the pointer rests on its header.
 */
final class Columns {
    /** The "numeric" style class: masa.css puts these cells and their header at the end of the line. */
    static final String NUMERIC = "numeric";

    /**
     * Not JavaFX's default of 80: the skin "auto-sizes" a column left at it once it shows, behind
     * {@link ColumnFit}'s back (under a constrained policy this is what left columns at zero width).
     */
    private static final double STARTING_WIDTH = 100;

    private static final Object SHOWN_TEXT = new Object();
    private static final Object EXPLANATION = new Object();

    private Columns() {
    }

    static <S> TableColumn<S, String> text(String header, Function<S, String> text) {
        TableColumn<S, String> column = new TableColumn<>(header);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new TextCell<>());
        column.setPrefWidth(STARTING_WIDTH);
        column.getProperties().put(SHOWN_TEXT, text);
        return column;
    }

    static <S> TableColumn<S, Number> number(String header, Function<S, Number> value, Function<Number, String> written) {
        Function<Number, String> format = written.andThen(Columns::withoutRightToLeftMark);
        TableColumn<S, Number> column = new TableColumn<>(header);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        column.setComparator(Comparator.comparingDouble(Number::doubleValue));
        column.getStyleClass().add(NUMERIC);
        column.setPrefWidth(STARTING_WIDTH);
        Function<S, String> shown = row -> format.apply(value.apply(row));
        column.getProperties().put(SHOWN_TEXT, shown);
        return column;
    }

    /**
     * A column of figures already written as text (a report's "12,000", "2.8%", "−2"): at the end of
     * the cell like any number, and sorted by value rather than alphabetically.
     */
    static <S> TableColumn<S, String> figures(String header, Function<S, String> text) {
        TableColumn<S, String> column = text(header, text.andThen(Columns::withoutRightToLeftMark));
        column.setComparator(Comparator.comparingDouble(Columns::valueOf));
        column.getStyleClass().add(NUMERIC);
        return column;
    }

    /**
     * Hebrew currency amounts are written with a right-to-left mark in front, which JavaFX draws as a
     * box; the cell is right-to-left already in Hebrew, so the amount reads the same without it.
     */
    static String withoutRightToLeftMark(String text) {
        return text == null ? null : text.replace("\u200F", "");
    }

    /** Whether a text reads as one number; a report writes minus as "−". */
    static boolean isFigure(String text) {
        return !NumberText.isBlank(text) && NumberText.parse(text.replace('\u2212', '-')).isPresent();
    }

    private static double valueOf(String text) {
        return text == null ? Double.NEGATIVE_INFINITY
                : NumberText.parse(text.replace('\u2212', '-')).orElse(Double.NEGATIVE_INFINITY);
    }

    /** The text a cell of {@code column} shows for {@code row}; empty for a column made elsewhere. */
    @SuppressWarnings("unchecked")
    static <S> String shownText(TableColumn<S, ?> column, S row) {
        Object text = column.getProperties().get(SHOWN_TEXT);
        if (text instanceof Function<?, ?> function && row != null) {
            String shown = ((Function<S, String>) function).apply(row);
            return shown == null ? "" : shown;
        }
        return "";
    }

    /** Says in a sentence what the column means, shown over its header; changing it later changes the tip. */
    static void explain(TableColumn<?, ?> column, String sentence) {
        Tooltip tip = explanation(column);
        if (tip == null) {
            tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            column.getProperties().put(EXPLANATION, tip);
        }
        tip.setText(sentence);
    }

    /** The tip over the column's header, or null when the column needs none. */
    static Tooltip explanation(TableColumn<?, ?> column) {
        return column.getProperties().get(EXPLANATION) instanceof Tooltip tip ? tip : null;
    }
}
