package app.masa.ui.dialog;

import app.masa.i18n.Messages;
import app.masa.product.AppIcons;
import app.masa.product.ThirdPartyNotices;
import app.masa.product.Version;
import java.net.URL;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > About: the name, the version, what Masa is for, its licence and the works it bundles. */
public final class AboutDialog {
    private static final double ICON_SIZE = 64;

    private AboutDialog() {
    }

    public static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        Dialogs.prepare(alert, owner);
        alert.setHeaderText(Messages.get("dialog.about.header", Version.current()));
        icon().ifPresent(alert::setGraphic);
        alert.getDialogPane().setContent(content());
        alert.showAndWait();
    }

    private static VBox content() {
        Label about = wrapped(Messages.get("dialog.about.text"));
        Label licence = wrapped(Messages.get("about.licence"));
        Label heading = wrapped(Messages.get("about.notices.heading"));
        heading.setStyle("-fx-font-weight: bold;");
        Label intro = wrapped(Messages.get("about.notices.intro"));
        TextArea notices = new TextArea(noticeLines());
        notices.setEditable(false);
        notices.setWrapText(true);
        notices.setPrefRowCount(8);
        notices.setFocusTraversable(false);
        VBox box = new VBox(8, about, licence, heading, intro, notices);
        box.setPrefWidth(520);
        return box;
    }

    private static String noticeLines() {
        return ThirdPartyNotices.components().stream()
                .map(c -> Messages.get("about.notice.line", c.name(), c.version(), c.licence()))
                .collect(Collectors.joining("\n"));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    // A missing picture must not keep the dialog from opening.
    private static Optional<ImageView> icon() {
        URL url = AboutDialog.class.getResource(AppIcons.largest());
        if (url == null) {
            return Optional.empty();
        }
        ImageView view = new ImageView(new Image(url.toExternalForm(), ICON_SIZE, ICON_SIZE, true, true));
        return Optional.of(view);
    }
}
