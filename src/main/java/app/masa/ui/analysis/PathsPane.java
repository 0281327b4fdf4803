package app.masa.ui.analysis;

import app.masa.edit.Additions;
import app.masa.analysis.StepNames;
import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.io.interchange.CsvReader;
import app.masa.io.interchange.PathCsv;
import app.masa.io.interchange.XlsxTables;
import app.masa.io.interchange.XlsxWorkbook;
import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.session.DocumentSession;
import java.io.File;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * The conversion paths of the map as a table: add, edit, remove, or import them from CSV; and the
 * half-life of the time-decay model. Every change is one undoable step.
 */
final class PathsPane {
    private static final System.Logger LOG = System.getLogger(PathsPane.class.getName());
    private final DocumentSession session;
    private final BorderPane pane = new BorderPane();
    private final TableView<ConversionPath> table = new TableView<>();
    private final Spinner<Integer> halfLife = new Spinner<>(1, JourneyMap.MAX_ATTRIBUTION_HALF_LIFE,
            JourneyMap.DEFAULT_ATTRIBUTION_HALF_LIFE);
    private boolean updating;

    PathsPane(DocumentSession session) {
        this.session = session;
        table.setId("numbers-paths");
        table.setPlaceholder(new Label(Messages.get("analysis.paths.empty")));
        table.getColumns().add(Columns.text(Messages.get("analysis.paths.steps"), this::steps));
        table.getColumns().add(Columns.number(Messages.get("analysis.paths.conversions"), ConversionPath::conversions,
                count -> NumberFormat.getIntegerInstance(locale()).format(count)));
        // an empty cell, not "$0.00", for a path whose value nobody entered
        table.getColumns().add(Columns.number(Messages.get("analysis.paths.valueShort"), ConversionPath::value,
                value -> value.doubleValue() == 0 ? "" : money(value.doubleValue())));
        ColumnFit.install(table);
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<ConversionPath>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        Button add = button("analysis.paths.add", "numbers-path-add");
        add.setOnAction(e -> edit(Additions.emptyConversionPath(session.currentMap().conversionPaths())));
        Button editButton = button("analysis.paths.edit", "numbers-path-edit");
        editButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        editButton.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button remove = button("analysis.paths.remove", "numbers-path-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> remove(table.getSelectionModel().getSelectedItem()));
        Button importCsv = button("analysis.paths.import", "numbers-path-import");
        importCsv.setOnAction(e -> importCsv());
        halfLife.setId("numbers-half-life");
        halfLife.setEditable(true);
        halfLife.setPrefWidth(90);
        halfLife.valueProperty().addListener((o, was, now) -> setHalfLife(now));
        Label halfLifeLabel = new Label(Messages.get("analysis.paths.halfLife"));
        halfLifeLabel.setLabelFor(halfLife);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, add, editButton, remove, importCsv, gap, halfLifeLabel, halfLife);
        // the window stops narrowing before a button or the half-life's label is cut to "..."
        for (Region whole : List.of(add, editButton, remove, importCsv, halfLifeLabel, halfLife)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        pane.setCenter(table);
        pane.setBottom(bar);
        BorderPane.setMargin(bar, new javafx.geometry.Insets(8, 0, 0, 0));
    }

    Node node() {
        return pane;
    }

    void refresh() {
        JourneyMap map = session.currentMap();
        ConversionPath selected = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(map.conversionPaths());
        if (selected != null) {
            map.conversionPath(selected.id()).ifPresent(p -> table.getSelectionModel().select(p));
        }
        table.refresh();
        updating = true;
        try {
            halfLife.getValueFactory().setValue(map.attributionHalfLife());
        } finally {
            updating = false;
        }
    }

    private void edit(ConversionPath path) {
        JourneyMap map = session.currentMap();
        PathEditor.edit(pane.getScene().getWindow(), map, path).ifPresent(edited -> {
            List<ConversionPath> after = new ArrayList<>(map.conversionPaths());
            int at = indexOf(after, path.id());
            if (at < 0) {
                after.add(edited);
            } else {
                after.set(at, edited);
            }
            session.execute(Edits.setConversionPaths(map.id(), map.conversionPaths(), after));
        });
    }

    private void remove(ConversionPath path) {
        JourneyMap map = session.currentMap();
        List<ConversionPath> after = new ArrayList<>(map.conversionPaths());
        after.removeIf(p -> p.id().equals(path.id()));
        session.execute(Edits.setConversionPaths(map.id(), map.conversionPaths(), after));
    }

    private void importCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("analysis.paths.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("interchange.filter.csv"), "*.csv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("interchange.filter.xlsx"), "*.xlsx"));
        File chosen = chooser.showOpenDialog(pane.getScene().getWindow());
        if (chosen != null) {
            importFrom(chosen);
        }
    }

    /** Reads paths from a CSV file off the UI thread and adds them after the map's own. */
    Task<List<ConversionPath>> importFrom(File file) {
        JourneyMap map = session.currentMap();
        Task<List<ConversionPath>> task = new Task<>() {
            @Override
            protected List<ConversionPath> call() throws Exception {
                byte[] bytes = Files.readAllBytes(file.toPath());
                boolean workbook = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
                return PathCsv.read(workbook ? XlsxTables.read(bytes, XlsxWorkbook.PATHS) : CsvReader.read(bytes), map);
            }
        };
        task.setOnSucceeded(e -> {
            JourneyMap now = session.currentMap();
            List<ConversionPath> after = new ArrayList<>(now.conversionPaths());
            after.addAll(task.getValue());
            session.execute(Edits.setConversionPaths(now.id(), now.conversionPaths(), after));
        });
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, () -> "Could not import paths from " + file, task.getException());
            Dialogs.showError(pane.getScene().getWindow(), Messages.get("interchange.failed", file.getName()),
                    task.getException().getMessage());
        });
        Thread thread = new Thread(task, "masa-paths-import");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private void setHalfLife(Integer steps) {
        JourneyMap map = session.currentMap();
        if (updating || steps == null || steps == map.attributionHalfLife()) {
            return;
        }
        session.execute(Edits.changeMap(map, map.withAttributionHalfLife(steps)));
        session.seal();
    }

    private String steps(ConversionPath path) {
        StepNames names = new StepNames(session.currentMap());
        // An arrow is not mirrored in right-to-left text: the interface's language picks the one that points onward.
        String arrow = " " + Messages.get("analysis.numbers.stepArrow") + " ";
        return String.join(arrow, path.steps().stream().map(names::stepName).toList());
    }

    private static int indexOf(List<ConversionPath> paths, String id) {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private Locale locale() {
        return Locale.forLanguageTag(session.currentMap().language());
    }

    private String money(double amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(java.util.Currency.getInstance(session.currentMap().effectiveCurrency()));
        return format.format(amount);
    }

    private static Button button(String key, String id) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        return button;
    }
}
