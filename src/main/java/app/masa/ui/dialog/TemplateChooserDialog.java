package app.masa.ui.dialog;

import app.masa.i18n.Messages;
import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** File > New: pick a built-in template and the language its map is written in. */
public final class TemplateChooserDialog {
    /** The template and language the user picked. */
    public record Choice(String templateId, String language) {
    }

    private static final List<String> LANGUAGES = List.of("en", "he");
    private static final double PREVIEW_WIDTH = 420;

    private TemplateChooserDialog() {
    }

    public static Optional<Choice> ask(Window owner, List<TemplateInfo> templates, String language) {
        Dialog<Choice> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "new");
        dialog.setHeaderText(Messages.get("dialog.new.header"));

        ComboBox<String> languages = new ComboBox<>();
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

        ListView<TemplateInfo> list = new ListView<>();
        list.getItems().setAll(templates);
        list.setPrefSize(420, 170);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title(languages.getValue()));
            }
        });
        languages.valueProperty().addListener((o, a, b) -> list.refresh());
        list.getSelectionModel().selectFirst();

        Label languageLabel = new Label(Messages.get("dialog.new.language"));
        languageLabel.setLabelFor(languages);
        HBox languageRow = new HBox(8, languageLabel, languages);
        VBox content = new VBox(10, list, preview(list, languages), languageRow);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);

        ButtonType create = new ButtonType(Messages.get("dialog.new.create"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);
        dialog.getDialogPane().lookupButton(create).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(create)).fire();
            }
        });
        dialog.setResultConverter(button -> button == create && list.getSelectionModel().getSelectedItem() != null
                ? new Choice(list.getSelectionModel().getSelectedItem().id(), languages.getValue())
                : null);
        return dialog.showAndWait();
    }

    /** A picture of the chosen template in the chosen language, drawn as the canvas draws it. */
    private static ImageView preview(ListView<TemplateInfo> list, ComboBox<String> languages) {
        TemplateThumbnail thumbnails = new TemplateThumbnail(TemplateCatalog.builtIn(), 2 * PREVIEW_WIDTH);
        ImageView preview = new ImageView();
        preview.setId("template-preview");
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(320);
        preview.setPreserveRatio(true);
        preview.setSmooth(true);
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
