package app.masa.ui.export;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import app.masa.export.Orientation;
import app.masa.export.PageSize;
import app.masa.i18n.Messages;
import app.masa.ui.dialog.Dialogs;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** File > Export…: the format and its options; the file is chosen next. */
public final class ExportDialog {
    private static final List<Integer> SCALES = List.of(1, 2, 3);

    private ExportDialog() {
    }

    public static Optional<ExportRequest> ask(Window owner, boolean severalMaps) {
        ComboBox<ExportFormat> format = combo(List.of(ExportFormat.values()), f -> Messages.get("dialog.export.format." + key(f)));
        format.setId("export-format");
        format.setValue(ExportFormat.PDF);
        ComboBox<PageSize> page = combo(List.of(PageSize.values()), p -> Messages.get("dialog.export.page." + key(p)));
        page.setValue(PageSize.A4);
        ComboBox<Orientation> orientation = combo(List.of(Orientation.values()),
                o -> Messages.get("dialog.export.orientation." + key(o)));
        orientation.setValue(Orientation.AUTO);
        CheckBox tiles = new CheckBox(Messages.get("dialog.export.tiles"));
        ComboBox<Integer> scale = combo(SCALES, s -> Messages.get("dialog.export.scale.value", s));
        scale.setValue(2);
        CheckBox transparent = new CheckBox(Messages.get("dialog.export.transparent"));
        CheckBox titleBlock = new CheckBox(Messages.get("dialog.export.titleBlock"));
        titleBlock.setSelected(true);
        CheckBox allMaps = new CheckBox(Messages.get("dialog.export.allMaps"));
        allMaps.setDisable(!severalMaps);

        BooleanBinding notPdf = format.valueProperty().isNotEqualTo(ExportFormat.PDF);
        BooleanBinding notPng = format.valueProperty().isNotEqualTo(ExportFormat.PNG);
        page.disableProperty().bind(notPdf);
        orientation.disableProperty().bind(notPdf.or(page.valueProperty().isEqualTo(PageSize.FIT)));
        tiles.disableProperty().bind(notPdf.or(page.valueProperty().isEqualTo(PageSize.FIT)));
        scale.disableProperty().bind(notPng);
        transparent.disableProperty().bind(notPng);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label(Messages.get("dialog.export.format")), format);
        grid.addRow(row++, new Label(Messages.get("dialog.export.page")), page);
        grid.addRow(row++, new Label(Messages.get("dialog.export.orientation")), orientation);
        grid.add(tiles, 1, row++);
        grid.addRow(row++, new Label(Messages.get("dialog.export.scale")), scale);
        grid.add(transparent, 1, row++);
        grid.add(titleBlock, 1, row++);
        grid.add(allMaps, 1, row);

        Dialog<ExportRequest> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner);
        dialog.setHeaderText(Messages.get("dialog.export.header"));
        dialog.getDialogPane().setContent(grid);
        ButtonType next = new ButtonType(Messages.get("dialog.export.choose"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(next, cancel);
        dialog.setResultConverter(button -> button != next ? null : new ExportRequest(format.getValue(),
                ExportOptions.defaults()
                        .withPage(page.getValue())
                        .withOrientation(orientation.getValue())
                        .withTiles(tiles.isSelected() && page.getValue() != PageSize.FIT)
                        .withScale(scale.getValue())
                        .withTransparent(transparent.isSelected())
                        .withTitleBlock(titleBlock.isSelected()),
                allMaps.isSelected()));
        return dialog.showAndWait();
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <T> ComboBox<T> combo(List<T> items, java.util.function.Function<T, String> names) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : names.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
