package app.masa.ui.links;

import app.masa.edit.LinkEdits;
import app.masa.i18n.DirectionMarks;
import app.masa.i18n.Messages;
import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.files.FileActions;
import app.masa.ui.session.DocumentSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * Follows links from cards and stages: to another map of the file at once, to another journey file
 * through File > Open's own path (so unsaved changes are asked about first). A bar above the map
 * then leads back to where the person came from, step by step. A link that leads nowhere says so
 * and offers to link again or to remove it.
 */
public final class LinkNavigator {
    /** Where the person was: a file (null for an unsaved document) and a map, and what to call it. */
    private record Place(Path file, String mapId, String name) {
    }

    private final Window owner;
    private final DocumentSession session;
    private final FileActions files;
    private final Deque<Place> trail = new ArrayDeque<>();
    private final Button back = new Button();
    private final Label where = new Label();
    private final HBox bar = new HBox(10, back, where);

    public LinkNavigator(Window owner, DocumentSession session, FileActions files) {
        this.owner = owner;
        this.session = session;
        this.files = files;
        back.setId("link-back");
        back.setOnAction(e -> back());
        where.getStyleClass().add("panel-hint");
        bar.setId("link-trail");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("link-trail");
        showTrail();
    }

    /** The bar that leads back; out of the way while there is nowhere to go back to. */
    public Node bar() {
        return bar;
    }

    /** What a link's pill on the canvas says. */
    public String nameOf(JourneyLink link) {
        return LinkNames.target(session.document(), link);
    }

    public void follow(JourneyLink link) {
        JourneyMap from = session.currentMap();
        Place here = new Place(session.fileProperty().get(), from.id(), from.title());
        if (link.inThisFile()) {
            if (session.document().maps().stream().noneMatch(m -> m.id().equals(link.map()))) {
                broken(link, Messages.get("link.broken.map"));
                return;
            }
            trail.push(here);
            session.currentMapIdProperty().set(link.map());
            showTrail();
            return;
        }
        Path target = LinkPaths.resolve(here.file(), link);
        if (target == null) {
            Dialogs.showError(owner, Messages.get("link.saveFirst"), Messages.get("link.saveFirst.why"));
            return;
        }
        if (!Files.isRegularFile(target)) {
            broken(link, Messages.get("link.broken.file", link.file()));
            return;
        }
        openFile(target, link.map(), () -> {
            trail.push(here);
            showTrail();
        });
    }

    /** One step back along the trail. */
    public void back() {
        Place place = trail.peek();
        if (place == null) {
            return;
        }
        if (Objects.equals(place.file(), session.fileProperty().get())) {
            trail.pop();
            session.currentMapIdProperty().set(place.mapId());
            showTrail();
        } else if (place.file() != null) {
            openFile(place.file(), place.mapId(), () -> {
                trail.pop();
                showTrail();
            });
        }
    }

    /** Opens a file in this window and, once it is open, shows one of its maps. */
    private void openFile(Path file, String mapId, Runnable opened) {
        ChangeListener<Path> arrived = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Path> o, Path was, Path now) {
                // The next file to open ends the wait: this one, or another if the person said no here.
                session.fileProperty().removeListener(this);
                if (now != null && now.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                    if (mapId != null && session.document().maps().stream().anyMatch(m -> m.id().equals(mapId))) {
                        session.currentMapIdProperty().set(mapId);
                    }
                    opened.run();
                }
            }
        };
        session.fileProperty().addListener(arrived);
        files.open(file);
    }

    private void broken(JourneyLink link, String why) {
        ButtonType relink = new ButtonType(Messages.get("link.relink"), ButtonBar.ButtonData.OK_DONE);
        ButtonType remove = new ButtonType(Messages.get("link.remove"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, why, relink, remove, cancel);
        Dialogs.prepare(alert, owner, "link-broken");
        alert.setTitle(Messages.get("link.broken.title"));
        alert.setHeaderText(Messages.get("link.broken.title"));
        alert.getDialogPane().setId("link-broken");
        alert.showAndWait().ifPresent(answer -> {
            if (answer == relink) {
                LinkDialog.show(owner, session, link.source());
            } else if (answer == remove) {
                session.execute(LinkEdits.remove(session.currentMap().id(), link.source()));
            }
        });
    }

    private void showTrail() {
        Place last = trail.peek();
        bar.setVisible(last != null);
        bar.setManaged(last != null);
        if (last != null) {
            back.setText(Messages.get("link.back", DirectionMarks.quoted(last.name(), Messages.locale())));
            where.setText(Messages.get("link.trail", trail.size()));
        }
    }
}
