package app.masa.ui.shell;

import app.masa.edit.Additions;
import app.masa.edit.Addition;
import app.masa.ui.brand.BrandPanel;
import app.masa.ui.common.LanguageSwitch;
import app.masa.ui.common.ShellPreferences;
import app.masa.ui.common.ThemeSwitch;
import app.masa.ui.common.Subscriptions;
import app.masa.ui.common.ThemeChoice;

import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.comments.CommentDialog;
import app.masa.ui.links.LinkDialog;
import app.masa.ui.links.LinkNavigator;
import app.masa.ui.compare.Comparison;
import app.masa.ui.dialog.AboutDialog;
import app.masa.ui.dialog.WindowMemory;
import app.masa.ui.files.DocumentSources;
import app.masa.ui.files.FileActions;
import app.masa.ui.export.ExportRunner;
import app.masa.ui.inspector.Inspector;
import app.masa.ui.recovery.AutosaveProblem;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.text.BundledFonts;
import app.masa.ui.workshop.Workshop;
import app.masa.ui.workshop.WorkshopLook;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The designer's window: menu bar, tool bar, palette, map tabs with the canvas, inspector and
 * status bar around one {@link DocumentSession}. Switching the interface language rebuilds every
 * view around the same session and canvas, so nothing is lost and nothing is reloaded.
 */
public final class MainWindow implements ShellActions {
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;

    private final Stage stage;
    private final DocumentSession session;
    private final ShellPreferences preferences;
    private final LinkNavigator links;
    private final FileActions files;
    private final CanvasCommands canvas;
    private final Scene scene;
    private final SidePanels sidePanels;
    private Subscriptions subscriptions = new Subscriptions();
    private ThemeChoice theme;
    private final ObjectProperty<AutosaveProblem> autosaveProblem = new SimpleObjectProperty<>(this, "autosaveProblem");

    public MainWindow(Stage stage, DocumentSession session, ShellPreferences preferences, DocumentSources sources) {
        this.stage = stage;
        this.session = session;
        this.preferences = preferences;
        WindowMemory.use(preferences.node().node("windows"));
        // Before the first control exists: otherwise JavaFX loads its own theme first, for nothing.
        this.theme = preferences.theme();
        ThemeSwitch.switchTo(theme);
        // After the theme: the designer reads its fonts on another thread meanwhile (BundledFonts.loadAhead).
        BundledFonts.load();
        this.files = new FileActions(stage, session, preferences, sources);
        this.canvas = Canvases.create(session);
        this.links = new LinkNavigator(stage, session, files);
        if (canvas.node() instanceof MapCanvas map) {
            files.onCompare((other, name) -> Comparison.of(session, map).start(other, name));
            map.setOnComment(target -> CommentDialog.show(stage, session, preferences, target));
            map.setOnFollowLink(links::follow, links::nameOf);
            map.setOnLinkTo(source -> LinkDialog.show(stage, session, source));
        }
        canvas.metricsLane().set(preferences.metricsLane());
        canvas.metricsLane().addListener((o, was, shown) -> preferences.setMetricsLane(shown));
        sidePanels = new SidePanels(preferences, canvas.node());
        scene = new Scene(buildRoot(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("/app/masa/ui/masa.css").toExternalForm());
        ShellShortcuts.install(scene, this);
        FileDrop.install(scene, files);
        applyOrientation();
        stage.setScene(scene);
        WindowIcons.install(stage);
        bindTitle();
        WindowPlacement.restore(stage, preferences, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        LanguageSwitch.follow(stage, this::redoWords);
        ThemeSwitch.follow(stage, this::themeSwitched);
    }

    public void show() {
        stage.show();
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    /** Why this window's unsaved changes have no recovery copy, shown in the status bar; null when they have. */
    public ObjectProperty<AutosaveProblem> autosaveProblemProperty() {
        return autosaveProblem;
    }

    @Override
    public DocumentSession session() {
        return session;
    }

    @Override
    public FileActions files() {
        return files;
    }

    @Override
    public CanvasCommands canvas() {
        return canvas;
    }

    @Override
    public ShellPreferences preferences() {
        return preferences;
    }

    @Override
    public BooleanProperty sidePanelsShown() {
        return sidePanels.shownProperty();
    }

    @Override
    public void toggleSidePanels() {
        sidePanels.toggle();
    }

    @Override
    public void quit() {
        if (!Workshop.of(session, canvas.node()).mayEndRoom()) {
            return;
        }
        files.whenDiscardable(() -> {
            WindowPlacement.remember(stage, preferences);
            stage.close();
        });
    }

    /** A new stage after the selected one (or at the end), scrolled into view with its name ready to type. */
    @Override
    public void addStage() {
        confirmOpenEdit();
        JourneyMap map = session.currentMap();
        Addition stage = Additions.stageAfter(map, session.selection().stageIdProperty().get());
        session.execute(stage.command());
        session.seal();
        session.selection().selectStage(stage.id());
        canvas.startEditingSelection();
    }

    /** A new lane below the selected one (or at the bottom), scrolled into view with its title ready to type. */
    @Override
    public void addLane() {
        confirmOpenEdit();
        JourneyMap map = session.currentMap();
        Addition lane = Additions.laneBelow(map, session.selection().laneIdProperty().get());
        session.execute(lane.command());
        session.seal();
        session.selection().selectLane(lane.id());
        canvas.startEditingSelection();
    }

    @Override
    public void editBrand() {
        confirmOpenEdit();
        BrandPanel.show(stage, session);
    }

    @Override
    public void selectAssumptions() {
        confirmOpenEdit();
        session.selection().selectCards(session.currentMap().cards().stream()
                .filter(c -> c.evidence().isAssumption()).map(c -> c.id()).toList());
    }

    /** A title still being typed on the map is kept, as clicking elsewhere keeps it, before the map changes under it. */
    private void confirmOpenEdit() {
        canvas.node().requestFocus();
    }

    @Override
    public void export() {
        ExportRunner.exportInteractively(stage, session, files.documentName());
    }

    @Override
    public void switchLanguage(Locale locale) {
        preferences.setLanguage(locale);
        LanguageSwitch.switchTo(locale);
    }

    /** The views again in the interface language, around the same session and canvas. */
    private void redoWords() {
        subscriptions.dispose();
        subscriptions = new Subscriptions();
        scene.setRoot(buildRoot());
        applyTheme();
        applyOrientation();
        bindTitle();
    }

    /** Every open window takes the look at once. */
    @Override
    public void switchTheme(ThemeChoice choice) {
        preferences.setTheme(choice);
        ThemeSwitch.switchTo(choice);
    }

    private void themeSwitched(ThemeChoice choice) {
        theme = choice;
        applyTheme();
        WorkshopLook.apply(scene, canvas.node(), choice.mapTheme());
    }

    @Override
    public ThemeChoice theme() {
        return theme;
    }

    @Override
    public void showAbout() {
        AboutDialog.show(stage);
    }

    private Parent buildRoot() {
        Inspector inspector = Inspector.withFirstFormAfterShowing(session, subscriptions);
        MapTabs tabs = new MapTabs(session, canvas.node(), subscriptions);
        VBox palette = CardPalette.build();
        SplitPane split = sidePanels.build(palette, tabs.node(), inspector.node());
        BorderPane root = new BorderPane(split);
        root.setId("main-root");
        root.setTop(new VBox(new MainMenus(this).build(), new MainToolBar(this).build(), links.bar()));
        root.setBottom(new StatusBar(session, canvas, autosaveProblem, subscriptions).node());
        return root;
    }

    /** Hebrew mirrors the whole window: menus, tool bar, panels, dialogs. */
    private void applyOrientation() {
        scene.setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    }

    private void applyTheme() {
        ThemeSwitch.dress(scene);
    }

    /** "journey.journey.json• — Masa": the file (or map) name, a dot while unsaved, the app. */
    private void bindTitle() {
        stage.titleProperty().unbind();
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String name = files.documentName();
            String marked = session.dirtyProperty().get() ? Messages.get("ui.title.unsaved", name) : name;
            return Messages.get("app.title", marked);
        }, session.fileProperty(), session.dirtyProperty(), session.documentProperty(), session.currentMapIdProperty()));
    }
}
