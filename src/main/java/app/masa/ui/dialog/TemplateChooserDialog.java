package app.masa.ui.dialog;

import app.masa.i18n.Messages;
import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File > New: the blank map or a built-in template, in the language the map is written in, with a
 * picture of what it makes. The list sits beside the picture and never shrinks below a few rows, so
 * it stays usable on a small screen.
 */
public final class TemplateChooserDialog {
    /** The template and language the user picked. */
    public record Choice(String templateId, String language) {
    }

    private static final List<String> LANGUAGES = List.of("en", "he");
    /** Rows the list always shows, whatever the size of the screen or the window. */
    static final int MIN_ROWS = 5;
    private static final double ROW_HEIGHT = 28;
    private static final double PICTURE_WIDTH = 460;
    private static final double MIN_LIST_WIDTH = 220;
    private static final double MAX_LIST_WIDTH = 400;

    private TemplateChooserDialog() {
    }

    public static Optional<Choice> ask(Window owner, List<TemplateInfo> templates, String language) {
        Dialog<Choice> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "new");
        // The theme caps dialogs at 600 pixels (a style, which only a style overrides); this one grows with its window.
        dialog.getDialogPane().setStyle("-fx-max-width: 100000px;");
        dialog.setHeaderText(Messages.get("dialog.new.header"));

        ComboBox<String> languages = languageChoice(language);
        ListView<TemplateInfo> list = templateList(templates, languages);
        FittedPicture preview = preview(list, languages);

        Label languageLabel = new Label(Messages.get("dialog.new.language"));
        languageLabel.setLabelFor(languages);
        HBox languageRow = new HBox(8, languageLabel, languages);
        languageRow.setAlignment(Pos.CENTER_LEFT);
        HBox choices = new HBox(12, list, preview);
        HBox.setHgrow(preview, Priority.ALWAYS);
        VBox.setVgrow(choices, Priority.ALWAYS);
        VBox content = new VBox(10, choices, languageRow);
        content.setPadding(new Insets(8, 12, 0, 12));
        dialog.getDialogPane().setContent(content);

        ButtonType create = new ButtonType(Messages.get("dialog.new.create"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);
        dialog.getDialogPane().lookupButton(create).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((Button) dialog.getDialogPane().lookupButton(create)).fire();
            }
        });
        dialog.setResultConverter(button -> button == create && list.getSelectionModel().getSelectedItem() != null
                ? new Choice(list.getSelectionModel().getSelectedItem().id(), languages.getValue())
                : null);
        return dialog.showAndWait();
    }

    private static ComboBox<String> languageChoice(String language) {
        ComboBox<String> languages = new ComboBox<>();
        languages.setId("template-language");
        languages.getItems().setAll(LANGUAGES);
        languages.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : Messages.get("ui.language." + tag);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        languages.setValue(LANGUAGES.contains(language) ? language : LANGUAGES.get(0));
        return languages;
    }

    private static ListView<TemplateInfo> templateList(List<TemplateInfo> templates, ComboBox<String> languages) {
        ListView<TemplateInfo> list = new ListView<>();
        list.setId("template-list");
        list.getItems().setAll(templates);
        list.setFixedCellSize(ROW_HEIGHT);
        // The frame around the rows needs a few pixels more than the rows themselves.
        list.setMinHeight(MIN_ROWS * ROW_HEIGHT + 4);
        list.setPrefHeight(Math.max(MIN_ROWS, templates.size()) * ROW_HEIGHT + 4);
        list.setMaxHeight(Double.MAX_VALUE);
        list.setMinWidth(MIN_LIST_WIDTH);
        list.setPrefWidth(listWidth(templates));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title(languages.getValue()));
            }
        });
        languages.valueProperty().addListener((o, a, b) -> list.refresh());
        list.getSelectionModel().selectFirst();
        return list;
    }

    /** Wide enough for the longest title in either language, with room for the list's frame and scroll bar. */
    private static double listWidth(List<TemplateInfo> templates) {
        Text probe = new Text();
        double widest = 0;
        for (TemplateInfo t : templates) {
            for (String language : t.languages()) {
                probe.setText(t.title(language));
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
        }
        return Math.max(MIN_LIST_WIDTH, Math.min(MAX_LIST_WIDTH, widest + 40));
    }

    /** A picture of the chosen template (or the blank map) in the chosen language, drawn as the canvas draws it. */
    private static FittedPicture preview(ListView<TemplateInfo> list, ComboBox<String> languages) {
        TemplateThumbnail thumbnails = new TemplateThumbnail(TemplateCatalog.builtIn(), 2 * PICTURE_WIDTH);
        FittedPicture preview = new FittedPicture(240, MIN_ROWS * ROW_HEIGHT, PICTURE_WIDTH, 300);
        preview.setId("template-preview");
        Runnable show = () -> {
            TemplateInfo t = list.getSelectionModel().getSelectedItem();
            preview.setImage(t == null ? null : thumbnails.of(t.id(), languages.getValue()).orElse(null));
        };
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show.run());
        languages.valueProperty().addListener((o, a, b) -> show.run());
        show.run();
        return preview;
    }
}
