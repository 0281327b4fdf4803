package app.masa.ui.pictures;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.PersonaPhoto;
import app.masa.model.Picture;
import app.masa.ui.session.DocumentSession;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Window;

/**
 * A card's picture in the inspector: the whole picture with its focus point, which a click or a
 * drag moves (the frame on the map keeps that point in view when it crops), and buttons to choose
 * another picture or remove it. A drag is one undo step.
 */
public final class PictureEditor {
    private static final double WIDTH = 220;
    private static final double HEIGHT = 150;

    private final DocumentSession session;
    private final String mapId;
    private final String cardId;
    private final VBox root = new VBox(6);
    private final ImageView view = new ImageView();
    private final Pane stage = new Pane();
    private final Circle focus = new Circle(7);
    private final Label hint = new Label();
    private final Button choose = new Button();
    private final Button remove = new Button(Messages.get("inspector.picture.remove"));
    private String shownImage;

    public PictureEditor(DocumentSession session, String mapId, String cardId) {
        this.session = session;
        this.mapId = mapId;
        this.cardId = cardId;
        root.setId("inspector-picture");
        root.getStyleClass().add("picture-editor");
        Label heading = new Label(Messages.get("inspector.picture"));
        heading.getStyleClass().add("field-label");
        view.setPreserveRatio(true);
        view.setFitWidth(WIDTH);
        view.setFitHeight(HEIGHT);
        focus.getStyleClass().add("picture-focus");
        focus.setMouseTransparent(true);
        stage.setId("inspector-picture-focus");
        // A picture is not mirrored in a right-to-left interface, and its focus point is measured from its left.
        stage.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        stage.getChildren().addAll(view, focus);
        stage.setMaxWidth(Pane.USE_PREF_SIZE);
        Tooltip.install(stage, new Tooltip(Messages.get("inspector.picture.focusTip")));
        stage.addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveFocus);
        stage.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveFocus);
        stage.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> session.seal());
        hint.setWrapText(true);
        hint.getStyleClass().add("panel-hint");
        choose.setId("inspector-picture-choose");
        remove.setId("inspector-picture-remove");
        choose.setOnAction(e -> chooseFile());
        remove.setOnAction(e -> {
            session.seal();
            session.execute(Edits.setCardPicture(mapId, cardId, null));
            session.seal();
        });
        HBox buttons = new HBox(6, choose, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(heading, stage, hint, buttons);
        refresh();
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        Optional<Picture> picture = card().map(Card::picture);
        boolean has = picture.isPresent();
        choose.setText(Messages.get(has ? "inspector.picture.replace" : "inspector.picture.choose"));
        remove.setVisible(has);
        remove.setManaged(has);
        stage.setVisible(has);
        stage.setManaged(has);
        hint.setText(Messages.get(has ? "inspector.picture.focusHint" : "inspector.picture.none"));
        if (!has) {
            shownImage = null;
            view.setImage(null);
            return;
        }
        Picture p = picture.get();
        if (!p.image().equals(shownImage)) {
            shownImage = p.image();
            view.setImage(PersonaPhoto.bytes(p.image())
                    .map(b -> new Image(new ByteArrayInputStream(b), WIDTH * 2, HEIGHT * 2, true, true)).orElse(null));
        }
        Image image = view.getImage();
        if (image == null || image.getWidth() <= 0) {
            focus.setVisible(false);
            return;
        }
        double scale = Math.min(WIDTH / image.getWidth(), HEIGHT / image.getHeight());
        double w = image.getWidth() * scale;
        double h = image.getHeight() * scale;
        stage.setPrefSize(w, h);
        stage.setMinSize(w, h);
        focus.setVisible(true);
        focus.setCenterX(p.focusX() * w);
        focus.setCenterY(p.focusY() * h);
    }

    private void moveFocus(MouseEvent e) {
        Optional<Picture> picture = card().map(Card::picture);
        Image image = view.getImage();
        if (picture.isEmpty() || image == null || e.getButton() != javafx.scene.input.MouseButton.PRIMARY) {
            return;
        }
        double w = view.getBoundsInParent().getWidth();
        double h = view.getBoundsInParent().getHeight();
        double x = Math.max(0, Math.min(1, e.getX() / w));
        double y = Math.max(0, Math.min(1, e.getY() / h));
        // Two decimals: a finer point is invisible in any frame and only bloats the file.
        x = Math.round(x * 100) / 100.0;
        y = Math.round(y * 100) / 100.0;
        session.execute(Edits.setCardPicture(mapId, cardId, picture.get().withFocus(x, y)));
        e.consume();
    }

    private void chooseFile() {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        Path file = PictureFiles.choose(owner);
        if (file == null) {
            return;
        }
        PictureFiles.read(List.of(file), owner, pictures -> {
            if (card().isPresent()) {
                session.seal();
                session.execute(Edits.setCardPicture(mapId, cardId, pictures.get(0).picture()));
                session.seal();
            }
        });
    }

    private Optional<Card> card() {
        return session.document().map(mapId).flatMap(m -> m.card(cardId));
    }

}
