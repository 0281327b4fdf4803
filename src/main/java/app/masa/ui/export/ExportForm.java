package app.masa.ui.export;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import app.masa.model.Brand;
import app.masa.export.Orientation;
import app.masa.export.PageSize;
import app.masa.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The format and its options in the Export dialog; options a format does not use are greyed out. */
final class ExportForm {
    private static final List<Double> SCALES = List.of(1.0, 2.0, 3.0);

    private final ComboBox<ExportFormat> format = combo(List.of(ExportFormat.values()),
            f -> Messages.get("dialog.export.format." + key(f)));
    private final ComboBox<Paper> page = combo(Paper.choices(), Paper::label);
    private final ComboBox<Orientation> orientation = combo(List.of(Orientation.values()),
            o -> Messages.get("dialog.export.orientation." + key(o)));
    private final CheckBox tiles = new CheckBox(Messages.get("dialog.export.tiles"));
    private final ComboBox<Double> scale = combo(SCALES,
            s -> Messages.get("dialog.export.scale.value", (int) Math.round(s)));
    private final CheckBox transparent = new CheckBox(Messages.get("dialog.export.transparent"));
    private final CheckBox titleBlock = new CheckBox(Messages.get("dialog.export.titleBlock"));
    private final CheckBox report = new CheckBox(Messages.get("export.report.checkbox"));
    /** Never remembered: conversations stay out of an export unless asked for this time. */
    private final CheckBox comments = new CheckBox(Messages.get("export.comments.checkbox"));
    private final CheckBox metricsLane = new CheckBox(Messages.get("dialog.export.metricsLane"));
    private final CheckBox branded = new CheckBox(Messages.get("dialog.export.brand"));
    private final Brand brand;
    private final ExportOptions base;
    private final GridPane grid = new GridPane();

    ExportForm(ExportChoices initial, Brand brand) {
        base = initial.options();
        this.brand = brand;
        branded.setId("export-brand");
        branded.setSelected(!brand.isEmpty());
        branded.setDisable(brand.isEmpty());
        branded.setTooltip(new Tooltip(Messages.get(brand.isEmpty() ? "dialog.export.brandNone" : "dialog.export.brandHint")));
        format.setId("export-format");
        page.setId("export-page");
        orientation.setId("export-orientation");
        tiles.setId("export-tiles");
        scale.setId("export-scale");
        transparent.setId("export-transparent");
        titleBlock.setId("export-title-block");
        report.setId("export-report");
        report.setTooltip(new Tooltip(Messages.get("export.report.checkboxHint")));
        comments.setId("export-comments");
        comments.setTooltip(new Tooltip(Messages.get("export.comments.checkboxHint")));
        metricsLane.setId("export-metrics-lane");
        metricsLane.setTooltip(new Tooltip(Messages.get("dialog.export.metricsLaneHint")));
        format.setValue(initial.format());
        page.setValue(initial.readablePaper() ? Paper.READABLE : new Paper(base.page()));
        page.setTooltip(new Tooltip(Messages.get("dialog.export.page.hint")));
        orientation.setValue(base.orientation());
        tiles.setSelected(base.tiles());
        scale.setValue(SCALES.contains(base.scale()) ? base.scale() : 2.0);
        transparent.setSelected(base.transparent());
        titleBlock.setSelected(base.titleBlock());
        report.setSelected(base.report());
        metricsLane.setSelected(base.metricsLane());

        BooleanBinding notPdf = format.valueProperty().isNotEqualTo(ExportFormat.PDF);
        BooleanBinding notPng = format.valueProperty().isNotEqualTo(ExportFormat.PNG);
        BooleanBinding fit = page.valueProperty().isEqualTo(new Paper(PageSize.FIT));
        BooleanBinding readable = page.valueProperty().isEqualTo(Paper.READABLE);
        page.disableProperty().bind(notPdf);
        orientation.disableProperty().bind(notPdf.or(fit));
        tiles.disableProperty().bind(notPdf.or(fit).or(readable));
        scale.disableProperty().bind(notPng);
        transparent.disableProperty().bind(notPng);
        report.disableProperty().bind(notPdf);
        comments.disableProperty().bind(notPdf);

        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, new Label(Messages.get("dialog.export.format")), format);
        grid.addRow(row++, new Label(Messages.get("dialog.export.page")), page);
        grid.addRow(row++, new Label(Messages.get("dialog.export.orientation")), orientation);
        grid.add(tiles, 1, row++);
        grid.addRow(row++, new Label(Messages.get("dialog.export.scale")), scale);
        grid.add(transparent, 1, row++);
        grid.add(titleBlock, 1, row++);
        grid.add(metricsLane, 1, row++);
        grid.add(branded, 1, row++);
        grid.add(report, 1, row++);
        grid.add(comments, 1, row);
    }

    Node node() {
        return grid;
    }

    /** Everything the person can change here, for listeners that follow the options. */
    List<Observable> observables() {
        return List.of(format.valueProperty(), page.valueProperty(), orientation.valueProperty(),
                tiles.selectedProperty(), scale.valueProperty(), transparent.selectedProperty(),
                titleBlock.selectedProperty(), metricsLane.selectedProperty(), report.selectedProperty(),
                branded.selectedProperty());
    }

    ExportFormat format() {
        return format.getValue();
    }

    /** Whether Masa chooses the paper that keeps card text readable. */
    boolean readablePaper() {
        return page.getValue().readable();
    }

    /** The options as chosen; with the readable paper, A4 stands in until the export plans the pages. */
    ExportOptions options() {
        PageSize paper = readablePaper() ? PageSize.A4 : page.getValue().size();
        return base.withPage(paper)
                .withOrientation(orientation.getValue())
                .withTiles(tiles.isSelected() && paper != PageSize.FIT && !readablePaper())
                .withScale(scale.getValue())
                .withTransparent(transparent.isSelected())
                .withTitleBlock(titleBlock.isSelected())
                .withMetricsLane(metricsLane.isSelected())
                .withBrand(branded.isSelected() ? brand : Brand.NONE)
                .withReport(report.isSelected() && format.getValue() == ExportFormat.PDF)
                .withComments(comments.isSelected() && format.getValue() == ExportFormat.PDF);
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <T> ComboBox<T> combo(List<T> items, Function<T, String> names) {
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
