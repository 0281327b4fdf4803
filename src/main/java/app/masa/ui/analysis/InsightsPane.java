package app.masa.ui.analysis;

import app.masa.analysis.report.Report;
import app.masa.analysis.report.ReportBuilder;
import app.masa.analysis.report.ReportFormat;
import app.masa.analysis.report.ReportSection;
import app.masa.i18n.Messages;
import app.masa.io.AtomicFileWriter;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.session.DocumentSession;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The insights report of the current map, section by section, and saving it as Markdown, CSV or HTML. */
final class InsightsPane {
    private static final System.Logger LOG = System.getLogger(InsightsPane.class.getName());
    private static final double ROW_HEIGHT = 26;

    private final DocumentSession session;
    private final VBox sections = new VBox(6);
    private final BorderPane pane = new BorderPane();

    InsightsPane(DocumentSession session) {
        this.session = session;
        sections.setId("numbers-insights");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        Button save = new Button(Messages.get("analysis.insights.save"));
        save.setId("numbers-insights-save");
        save.setOnAction(e -> save());
        pane.setCenter(scroll);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, save);
        pane.setBottom(bar);
        BorderPane.setMargin(bar, new javafx.geometry.Insets(8, 0, 0, 0));
    }

    Node node() {
        return pane;
    }

    void refresh() {
        Report report = ReportBuilder.build(session.currentMap());
        sections.getChildren().clear();
        for (ReportSection section : report.sections()) {
            Label heading = new Label(section.heading());
            heading.getStyleClass().add("panel-heading");
            heading.setWrapText(true);
            sections.getChildren().add(heading);
            if (section.isEmpty()) {
                Label note = new Label(section.emptyNote());
                note.getStyleClass().add("panel-hint");
                note.setWrapText(true);
                sections.getChildren().add(note);
            } else {
                sections.getChildren().add(table(section));
            }
        }
    }

    private static TableView<List<String>> table(ReportSection section) {
        TableView<List<String>> table = new TableView<>();
        for (int i = 0; i < section.columns().size(); i++) {
            int index = i;
            String header = section.columns().get(i);
            Function<List<String>, String> cell = row -> row.get(index);
            table.getColumns().add(isFigures(section, index) ? Columns.figures(header, cell) : Columns.text(header, cell));
        }
        table.getItems().setAll(section.rows());
        ColumnFit.install(table);
        // tall enough for its rows, so the page scrolls rather than each table
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPrefHeight(ROW_HEIGHT * (section.rows().size() + 1.6));
        return table;
    }

    /** A column whose every filled cell is a number. */
    private static boolean isFigures(ReportSection section, int column) {
        boolean any = false;
        for (List<String> row : section.rows()) {
            String text = row.get(column);
            if (!NumberText.isBlank(text)) {
                if (!Columns.isFigure(text)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private void save() {
        JourneyMap map = session.currentMap();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("analysis.insights.save.title"));
        for (ReportFormat format : ReportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    Messages.get("analysis.insights.format." + format.shortName()), "*." + format.shortName()));
        }
        chooser.setInitialFileName(Messages.get("analysis.insights.fileName") + ".md");
        File chosen = chooser.showSaveDialog(pane.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        String name = chosen.getName();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "md";
        ReportFormat format = ReportFormat.parse(extension).orElse(ReportFormat.MARKDOWN);
        Report report = ReportBuilder.build(map);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                AtomicFileWriter.replace(chosen.toPath(), format.file(List.of(report)));
                return null;
            }
        };
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, () -> "Could not save the report " + chosen, task.getException());
            Dialogs.showError(pane.getScene().getWindow(), Messages.get("interchange.failed", name),
                    String.valueOf(task.getException().getMessage()));
        });
        Thread thread = new Thread(task, "masa-report-save");
        thread.setDaemon(true);
        thread.start();
    }
}
