package app.masa.ui.dialog;

import app.masa.ui.common.LanguageSwitch;
import app.masa.ui.session.DocumentSession;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.geometry.Dimension2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window of its own beside the designer that shows something of the open document (the matrix,
 * the comments, the overview): dressed in its owner's look, placed and remembered by
 * {@link WindowFit}, redrawn on a language switch and on every change of the document or of the
 * shown map, and no longer listening once it is closed. One of a kind per document.
 */
public final class DocumentWindow {
    /** What a tool window's stage carries, so the open one can be found again. */
    private record Owned(Class<?> kind, DocumentSession session) {
    }

    private DocumentWindow() {
    }

    /** The stage for {@code root}, not shown yet; {@code refresh} runs on every change it follows. */
    public static Stage create(Window owner, DocumentSession session, Class<?> kind, Parent root, String name,
                               Dimension2D size, Runnable refresh) {
        return create(owner, session, kind, root, name, size, WindowFit.Anchor.CENTRE_ON_OWNER, refresh);
    }

    /** As {@link #create(Window, DocumentSession, Class, Parent, String, Dimension2D, Runnable)}, placed by {@code anchor}. */
    public static Stage create(Window owner, DocumentSession session, Class<?> kind, Parent root, String name,
                               Dimension2D size, WindowFit.Anchor anchor, Runnable refresh) {
        Stage stage = new Stage();
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.setUserData(new Owned(kind, session));
        WindowFit.stage(stage, name, size, anchor);
        LanguageSwitch.follow(stage, refresh);
        InvalidationListener follow = o -> refresh.run();
        session.documentProperty().addListener(follow);
        session.currentMapIdProperty().addListener(follow);
        stage.setOnHidden(e -> {
            session.documentProperty().removeListener(follow);
            session.currentMapIdProperty().removeListener(follow);
        });
        return stage;
    }

    /** The open window of this kind for the document, brought to the front; empty when there is none. */
    public static Optional<Stage> front(DocumentSession session, Class<?> kind) {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage open && open.isShowing() && open.getUserData() instanceof Owned owned
                    && owned.kind() == kind && owned.session() == session) {
                open.toFront();
                return Optional.of(open);
            }
        }
        return Optional.empty();
    }
}
