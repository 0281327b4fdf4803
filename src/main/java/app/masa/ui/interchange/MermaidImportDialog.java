package app.masa.ui.interchange;

import app.masa.i18n.Messages;
import app.masa.io.interchange.InterchangeException;
import app.masa.io.interchange.MermaidImport;
import app.masa.io.interchange.MermaidReader;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * A Mermaid {@code journey} diagram, pasted or opened from a file, becomes a new map of the document.
 * The diagram is read on Import; a malformed line keeps the dialog open and is named.
 */
final class MermaidImportDialog {
    private final Dialog<JourneyMap> dialog = new Dialog<>();
    private final TextArea text = new TextArea();
    private final Label problem = new Label();
    private final JourneyMap frame;
    private JourneyMap read;
    /** The text whose changes on import were shown; pressing Import again then imports it. */
    private String shownNotesFor;

    private MermaidImportDialog(Window owner, JourneyMap frame) {
        this.frame = frame;
        Dialogs.prepare(dialog, owner, "mermaid-import");
        dialog.setTitle(Messages.get("interchange.mermaid.dialog.title"));
        dialog.setHeaderText(Messages.get("interchange.mermaid.dialog.header"));
        dialog.setResizable(true);
        ButtonType importButton = new ButtonType(Messages.get("interchange.mermaid.dialog.import"),
                ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(importButton, cancel);
        Button ok = (Button) dialog.getDialogPane().lookupButton(importButton);
        ok.setId("mermaid-import-ok");
        ok.disableProperty().bind(text.textProperty().isEmpty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!parse()) {
                e.consume();
            }
        });
        text.setId("mermaid-import-text");
        text.setPromptText(Messages.get("interchange.mermaid.dialog.prompt"));
        text.setPrefRowCount(16);
        text.setStyle("-fx-font-family: monospace;");
        // Mermaid is code, read from the left in a Hebrew window too.
        text.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        VBox.setVgrow(text, Priority.ALWAYS);
        Button open = new Button(Messages.get("interchange.mermaid.dialog.open"));
        open.setId("mermaid-import-open");
        open.setOnAction(e -> openFile(owner));
        problem.setId("mermaid-import-problem");
        problem.setWrapText(true);
        // Every note is shown whole; the text area above gives up the room.
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("panel-hint");
        dialog.getDialogPane().setContent(new VBox(8, open, text, problem));
        dialog.getDialogPane().setPrefSize(620, 520);
        dialog.setResultConverter(button -> button == importButton ? read : null);
    }

    static Dialog<JourneyMap> show(Window owner, JourneyMap frame, Consumer<JourneyMap> imported) {
        MermaidImportDialog shown = new MermaidImportDialog(owner, frame);
        shown.dialog.setOnHidden(e -> {
            if (shown.dialog.getResult() != null) {
                imported.accept(shown.dialog.getResult());
            }
        });
        shown.dialog.show();
        return shown.dialog;
    }

    private boolean parse() {
        try {
            MermaidImport imported = MermaidReader.readWithNotes(text.getText(), frame);
            read = imported.map();
            if (imported.notes().isEmpty() || text.getText().equals(shownNotesFor)) {
                problem.setText("");
                return true;
            }
            shownNotesFor = text.getText();
            StringBuilder shown = new StringBuilder(Messages.get("interchange.mermaid.dialog.notes"));
            imported.notes().forEach(note -> shown.append('\n').append(note));
            problem.setText(shown.toString());
            return false;
        } catch (InterchangeException e) {
            problem.setText(e.getMessage());
            return false;
        }
    }

    private void openFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("interchange.mermaid.dialog.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("interchange.filter.mermaid"), "*.mmd", "*.mermaid", "*.txt", "*.md"));
        File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            FileWork.run(owner, chosen.getName(), () -> new String(Files.readAllBytes(chosen.toPath()),
                    StandardCharsets.UTF_8), text::setText);
        }
    }
}
