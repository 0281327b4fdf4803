package app.masa.ui.persona;

import app.masa.i18n.Messages;
import app.masa.model.Channel;
import app.masa.model.Persona;
import app.masa.layout.PhotoCheck;
import app.masa.model.PersonaPhoto;
import app.masa.ui.dialog.Dialogs;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Edits one persona in a dialog: name, photo, role, quote, goals, needs, frustrations and the
 * channels they use. Nothing changes until OK, so the whole edit is one undo step.
 */
public final class PersonaEditor {
    private static final double PHOTO_SIZE = 96;

    private final Persona original;
    private final TextField name = field("persona-name");
    private final TextField role = field("persona-role");
    private final TextArea quote = area("persona-quote", 2);
    private final TextArea goals = area("persona-goals", 3);
    private final TextArea needs = area("persona-needs", 3);
    private final TextArea frustrations = area("persona-frustrations", 3);
    private final Map<Channel, CheckBox> channels = new EnumMap<>(Channel.class);
    private final ImageView photoView = new ImageView();
    private final Label placeholder = new Label();
    private final Label photoProblem = new Label();
    private final VBox content = new VBox(6);
    private String photo;

    public PersonaEditor(Persona persona) {
        this.original = persona;
        this.photo = persona.photo();
        name.setText(persona.name());
        role.setText(persona.role());
        quote.setText(persona.quote());
        goals.setText(PersonaLines.format(persona.goals()));
        needs.setText(PersonaLines.format(persona.needs()));
        frustrations.setText(PersonaLines.format(persona.frustrations()));
        content.setPadding(new Insets(4));
        content.setPrefWidth(440);
        content.getChildren().addAll(photoRow());
        add("persona.name", name);
        add("persona.role", role);
        add("persona.quote", quote);
        add("persona.goals", goals);
        add("persona.needs", needs);
        add("persona.frustrations", frustrations);
        hint(Messages.get("persona.listHint"));
        FlowPane channelBoxes = new FlowPane(8, 6);
        channelBoxes.setId("persona-channels");
        for (Channel c : Channel.values()) {
            CheckBox box = new CheckBox(Messages.get("inspector.channel." + c.name().toLowerCase(Locale.ROOT)));
            box.setId("persona-channel-" + c.name().toLowerCase(Locale.ROOT));
            box.setSelected(persona.channels().contains(c));
            channels.put(c, box);
            channelBoxes.getChildren().add(box);
        }
        add("persona.channels", channelBoxes);
        showPhoto();
    }

    /** Shows the editor and returns the edited persona when the user confirms a change. */
    public static Optional<Persona> edit(Window owner, Persona persona) {
        PersonaEditor editor = new PersonaEditor(persona);
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "persona");
        dialog.setTitle(Messages.get("persona.title"));
        dialog.setHeaderText(Messages.get("persona.header", persona.name()));
        ScrollPane scroll = new ScrollPane(editor.node());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> editor.result())
                .filter(p -> !p.equals(persona));
    }

    public VBox node() {
        return content;
    }

    /** The persona as the fields now describe it. */
    public Persona result() {
        List<Channel> picked = new ArrayList<>();
        channels.forEach((c, box) -> {
            if (box.isSelected()) {
                picked.add(c);
            }
        });
        String newName = name.getText().strip();
        return original.withName(newName.isEmpty() ? original.name() : newName).withRole(role.getText().strip())
                .withQuote(quote.getText().strip()).withGoals(PersonaLines.parse(goals.getText()))
                .withNeeds(PersonaLines.parse(needs.getText())).withFrustrations(PersonaLines.parse(frustrations.getText()))
                .withChannels(picked).withPhoto(photo);
    }

    /** Sets the photo from a file, as the chooser does; a file that is not a picture leaves a plain message. */
    public void usePhotoFrom(File file) {
        PhotoImport.Result result = PhotoImport.fromFile(file.toPath());
        if (result.ok()) {
            photo = result.dataUri();
            photoProblem.setText("");
        } else {
            photoProblem.setText(result.problem());
        }
        showPhoto();
    }

    private HBox photoRow() {
        placeholder.getStyleClass().add("panel-hint");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(PHOTO_SIZE - 8);
        StackPane frame = new StackPane(placeholder, photoView);
        frame.setId("persona-photo");
        frame.setMinSize(PHOTO_SIZE, PHOTO_SIZE);
        frame.setMaxSize(PHOTO_SIZE, PHOTO_SIZE);
        frame.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 8;");
        photoView.setFitWidth(PHOTO_SIZE);
        photoView.setFitHeight(PHOTO_SIZE);
        photoView.setPreserveRatio(true);
        Button choose = new Button(Messages.get("persona.photo.choose"));
        choose.setId("persona-photo-choose");
        choose.setOnAction(e -> choosePhoto());
        Button remove = new Button(Messages.get("persona.photo.remove"));
        remove.setId("persona-photo-remove");
        remove.setOnAction(e -> {
            photo = null;
            photoProblem.setText("");
            showPhoto();
        });
        photoProblem.setId("persona-photo-problem");
        photoProblem.setWrapText(true);
        photoProblem.getStyleClass().add("panel-hint");
        Label privacy = new Label(Messages.get("persona.photo.hint"));
        privacy.setWrapText(true);
        privacy.getStyleClass().add("panel-hint");
        VBox buttons = new VBox(6, new HBox(6, choose, remove), privacy, photoProblem);
        return new HBox(12, frame, buttons);
    }

    private void choosePhoto() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("persona.photo.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("persona.photo.files"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        Window window = content.getScene() == null ? null : content.getScene().getWindow();
        File file = chooser.showOpenDialog(window);
        if (file != null) {
            usePhotoFrom(file);
        }
    }

    /** The photo, or a placeholder that says why there is none (no photo, or one that cannot be read). */
    private void showPhoto() {
        Image image = null;
        if (photo != null) {
            Optional<byte[]> bytes = PersonaPhoto.bytes(photo);
            if (bytes.isPresent() && PhotoCheck.isDrawable(bytes.get())) {
                Image decoded = new Image(new ByteArrayInputStream(bytes.get()));
                image = decoded.isError() ? null : decoded;
            }
        }
        photoView.setImage(image);
        placeholder.setText(image != null ? "" : photo == null ? Messages.get("persona.photo.none")
                : Messages.get("persona.photo.broken"));
    }

    private void add(String key, javafx.scene.Node control) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        content.getChildren().addAll(label, control);
    }

    private void hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("panel-hint");
        content.getChildren().add(hint);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }
}
