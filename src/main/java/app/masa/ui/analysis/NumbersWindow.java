package app.masa.ui.analysis;

import app.masa.i18n.Messages;
import app.masa.ui.dialog.WindowFit;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.common.LanguageSwitch;
import javafx.beans.InvalidationListener;
import javafx.geometry.Dimension2D;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Numbers window of the current map: its conversion paths, the attribution models side by side,
 * and the insights report. It follows the document and the map shown, and changes the document only
 * through the history. A switch of the interface language while it is open makes its panes anew in
 * the new language, on the tab that was showing.
 */
public final class NumbersWindow {
    private final DocumentSession session;
    private final Stage stage = new Stage();
    private final InvalidationListener follow = o -> refresh();
    private PathsPane paths;
    private AttributionPane attribution;
    private InsightsPane insights;

    private NumbersWindow(Window owner, DocumentSession session) {
        this.session = session;
        Scene scene = new Scene(tabs(0));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        WindowFit.stage(stage, "numbers", new Dimension2D(960, 640));
        LanguageSwitch.follow(stage, this::redoWords);
        session.documentProperty().addListener(follow);
        session.currentMapIdProperty().addListener(follow);
        stage.setOnHidden(e -> {
            session.documentProperty().removeListener(follow);
            session.currentMapIdProperty().removeListener(follow);
        });
        refresh();
    }

    /** Opens the window for a session (or brings the open one to the front). */
    public static Stage show(Window owner, DocumentSession session) {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage open && open.getUserData() == session && open.isShowing()) {
                open.toFront();
                return open;
            }
        }
        NumbersWindow numbers = new NumbersWindow(owner, session);
        numbers.stage.setUserData(session);
        numbers.stage.show();
        return numbers.stage;
    }

    /** The three panes in the interface language, the given tab showing. */
    private TabPane tabs(int selected) {
        paths = new PathsPane(session);
        attribution = new AttributionPane(session);
        insights = new InsightsPane(session);
        Tab pathsTab = tab("analysis.numbers.paths", "numbers-tab-paths", paths.node());
        Tab attributionTab = tab("analysis.numbers.attribution", "numbers-tab-attribution", attribution.node());
        Tab insightsTab = tab("analysis.numbers.insights", "numbers-tab-insights", insights.node());
        TabPane tabs = new ContentSizedTabPane(pathsTab, attributionTab, insightsTab);
        tabs.setId("numbers-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        tabs.getSelectionModel().select(selected);
        return tabs;
    }

    private void redoWords() {
        int selected = ((TabPane) stage.getScene().getRoot()).getSelectionModel().getSelectedIndex();
        stage.getScene().setRoot(tabs(Math.max(0, selected)));
        refresh();
    }

    private void refresh() {
        stage.setTitle(Messages.get("analysis.numbers.title", session.currentMap().title()));
        paths.refresh();
        attribution.refresh();
        insights.refresh();
    }

    private static Tab tab(String key, String id, javafx.scene.Node content) {
        javafx.scene.layout.StackPane padded = new javafx.scene.layout.StackPane(content);
        padded.setPadding(new Insets(10));
        Tab tab = new Tab(Messages.get(key), padded);
        tab.setId(id);
        return tab;
    }
}
