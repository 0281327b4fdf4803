package app.masa.ui.shell;

import app.masa.ui.common.ThemeChoice;

import app.masa.i18n.Messages;
import app.masa.ui.analysis.MatrixWindow;
import app.masa.ui.comments.CommentDialog;
import app.masa.ui.comments.CommentsWindow;
import app.masa.ui.links.OverviewWindow;
import app.masa.ui.analysis.NumbersWindow;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.compare.Comparison;
import app.masa.ui.export.ExportRunner;
import app.masa.ui.help.GettingStartedWindow;
import app.masa.ui.help.GuideActions;
import app.masa.ui.help.MenuShortcuts;
import app.masa.ui.help.ShortcutsWindow;
import app.masa.ui.interchange.InterchangeMenu;
import app.masa.ui.print.PrintRunner;
import app.masa.ui.print.PrinterAccess;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.workshop.Workshop;
import app.masa.ui.workshop.WorkshopLook;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The menu bar: File, Edit, View, Help, in the interface language, with the usual shortcuts. */
public final class MainMenus {
    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;
    static final Locale HEBREW = Locale.forLanguageTag("he");

    private final ShellActions actions;
    private MenuBar bar;

    public MainMenus(ShellActions actions) {
        this.actions = actions;
    }

    public MenuBar build() {
        bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), helpMenu());
        bar.setUseSystemMenuBar(true);
        WorkshopLook.follow(bar, actions.canvas().node(), () -> actions.theme().mapTheme());
        // Ready before first use: D dots the selected card as soon as a map with a vote is open.
        workshop();
        return bar;
    }

    private Menu fileMenu() {
        Menu recent = new Menu(Messages.get("menu.file.recent"));
        recent.setId("menu-file-recent");
        recent.getItems().add(new MenuItem());
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        return new Menu(Messages.get("menu.file"), null,
                item("menu.file.new", key(KeyCode.N), () -> actions.files().newFromTemplate()),
                item("menu.file.open", key(KeyCode.O), () -> actions.files().open()),
                recent,
                new SeparatorMenuItem(),
                item("menu.file.save", key(KeyCode.S), () -> actions.files().save()),
                item("menu.file.saveAs", new KeyCodeCombination(KeyCode.S, SHORTCUT, SHIFT), () -> actions.files().saveAs()),
                item("compare.menu", new KeyCodeCombination(KeyCode.D, SHORTCUT, SHIFT), () -> actions.files().compareWith()),
                conflictsItem(),
                new SeparatorMenuItem(),
                item("menu.file.export", key(KeyCode.E), this::export),
                item("print.menu", key(KeyCode.P), this::print),
                InterchangeMenu.importMenu(actions.session()),
                InterchangeMenu.exportMenu(actions.session()),
                new SeparatorMenuItem(),
                item("menu.file.quit", key(KeyCode.Q), actions::quit));
    }

    private void showComments() {
        CommentsWindow.show(owner(), actions.session(), actions.preferences(),
                id -> actions.canvas().node() instanceof MapCanvas canvas && canvas.selectAndReveal(id));
    }

    /** Open while the shown map has conflicts a merge left in it. */
    private MenuItem conflictsItem() {
        DocumentSession session = actions.session();
        MenuItem item = item("compare.conflicts.menu", null, () -> {
            if (actions.canvas().node() instanceof MapCanvas canvas) {
                Comparison.of(session, canvas).resolveConflicts();
            }
        });
        item.disableProperty().bind(Bindings.createBooleanBinding(
                () -> session.currentMap().standingConflicts().isEmpty(), session.documentProperty(),
                session.currentMapIdProperty()));
        return item;
    }

    /** Export and Print take the document's file too, so the export choices are remembered per file. */
    private void export() {
        ExportRunner.exportInteractively(owner(), actions.session(), actions.files().documentName());
    }

    private void print() {
        PrintRunner.printInteractively(owner(), actions.session().currentMap());
    }

    private Window owner() {
        Node canvas = actions.canvas().node();
        return canvas.getScene() == null ? null : canvas.getScene().getWindow();
    }

    private void fillRecent(Menu recent) {
        List<Path> files = actions.preferences().recentFiles();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().setAll(none);
            return;
        }
        recent.getItems().clear();
        for (Path file : files) {
            MenuItem item = new MenuItem(Messages.get("menu.file.recent.item", file.getFileName(), file.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.files().open(file));
            recent.getItems().add(item);
        }
    }

    private Menu editMenu() {
        DocumentSession session = actions.session();
        MenuItem undo = item("menu.edit.undo", key(KeyCode.Z), session::undo);
        undo.setId("menu-edit-undo");
        undo.textProperty().bind(labelled("menu.edit.undo", "menu.edit.undoNamed", session.undoLabelProperty()));
        undo.disableProperty().bind(session.canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", new KeyCodeCombination(KeyCode.Z, SHORTCUT, SHIFT), session::redo);
        redo.setId("menu-edit-redo");
        redo.textProperty().bind(labelled("menu.edit.redo", "menu.edit.redoNamed", session.redoLabelProperty()));
        redo.disableProperty().bind(session.canRedoProperty().not());
        CanvasCommands canvas = actions.canvas();
        return new Menu(Messages.get("menu.edit"), null,
                undo, redo,
                new SeparatorMenuItem(),
                item("menu.edit.cut", key(KeyCode.X), canvas::cut),
                item("menu.edit.copy", key(KeyCode.C), canvas::copy),
                item("menu.edit.paste", key(KeyCode.V), canvas::paste),
                item("menu.edit.delete", new KeyCodeCombination(KeyCode.DELETE), canvas::deleteSelection),
                new SeparatorMenuItem(),
                item("menu.edit.selectAll", key(KeyCode.A), canvas::selectAll),
                item("menu.edit.selectAssumptions", null, actions::selectAssumptions),
                new SeparatorMenuItem(),
                item("menu.edit.addStage", null, actions::addStage),
                item("menu.edit.addLane", null, actions::addLane),
                new SeparatorMenuItem(),
                item("menu.edit.brand", null, actions::editBrand),
                new SeparatorMenuItem(),
                item("menu.edit.comment", new KeyCodeCombination(KeyCode.M, SHORTCUT, KeyCombination.ALT_DOWN),
                        () -> CommentDialog.forSelection(owner(), actions.session(), actions.preferences())),
                item("menu.edit.picture", new KeyCodeCombination(KeyCode.I, SHORTCUT, KeyCombination.ALT_DOWN),
                        canvas::choosePictureForSelection));
    }

    private Menu viewMenu() {
        CanvasCommands canvas = actions.canvas();
        Menu theme = new Menu(Messages.get("menu.view.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(choice.messageKey()));
            item.setToggleGroup(themes);
            item.setSelected(choice == actions.theme());
            item.setId("menu-theme-" + choice.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> {
                actions.switchTheme(choice);
                Node canvasNode = actions.canvas().node();
                WorkshopLook.apply(canvasNode.getScene(), canvasNode, choice.mapTheme());
            });
            theme.getItems().add(item);
        }
        Menu language = new Menu(Messages.get("menu.view.language"));
        language.setId("menu-view-language");
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : List.of(Locale.ENGLISH, HEBREW)) {
            // Each language is named in itself, so it can be found whatever the interface shows.
            RadioMenuItem item = new RadioMenuItem(Messages.get(locale, "menu.view.language.self"));
            item.setId("menu-language-" + locale.getLanguage());
            item.setToggleGroup(languages);
            item.setSelected(locale.getLanguage().equals(Messages.locale().getLanguage()));
            item.setOnAction(e -> actions.switchLanguage(locale));
            language.getItems().add(item);
        }
        return new Menu(Messages.get("menu.view"), null,
                item("menu.view.zoomIn", key(KeyCode.EQUALS), canvas::zoomIn),
                item("menu.view.zoomOut", key(KeyCode.MINUS), canvas::zoomOut),
                item("menu.view.zoomReset", key(KeyCode.DIGIT0), canvas::zoomReset),
                item("menu.view.fit", null, canvas::fitToWindow),
                item("menu.view.fitWidth", null, canvas::fitToWidth),
                new SeparatorMenuItem(),
                metricsLane(canvas),
                sidePanels(),
                new SeparatorMenuItem(),
                item("analysis.numbers.menu", null, () -> NumbersWindow.show(owner(), actions.session())),
                item("matrix.menu", null, () -> MatrixWindow.show(owner(), actions.session())),
                item("comments.menu", new KeyCodeCombination(KeyCode.M, SHORTCUT, SHIFT), this::showComments),
                item("overview.menu", null, () -> OverviewWindow.show(owner(), actions.session())),
                new SeparatorMenuItem(),
                item("workshop.menu.present", new KeyCodeCombination(KeyCode.F5), () -> workshop().present()),
                item("workshop.menu.startVote", null, () -> workshop().startVote()),
                item("workshop.menu.vote", null, () -> workshop().showVote()),
                item("workshop.menu.timer", null, () -> workshop().showTimer()),
                item("workshop.menu.room", new KeyCodeCombination(KeyCode.R, SHORTCUT, SHIFT), () -> workshop().inviteRoom()),
                new SeparatorMenuItem(),
                theme,
                language);
    }

    private static CheckMenuItem metricsLane(CanvasCommands canvas) {
        CheckMenuItem item = new CheckMenuItem(Messages.get("menu.view.metricsLane"));
        item.setId("menu-view-metricsLane");
        item.selectedProperty().bindBidirectional(canvas.metricsLane());
        return item;
    }

    private CheckMenuItem sidePanels() {
        CheckMenuItem item = new CheckMenuItem(Messages.get("menu.view.sidePanels"));
        item.setId("menu-view-sidePanels");
        item.getProperties().put(MenuShortcuts.ACTION, Messages.get("menu.view.sidePanels"));
        item.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        item.selectedProperty().bindBidirectional(actions.sidePanelsShown());
        return item;
    }

    private Workshop workshop() {
        return Workshop.of(actions.session(), actions.canvas().node());
    }

    private Menu helpMenu() {
        return new Menu(Messages.get("menu.help"), null,
                item("menu.help.gettingStarted", new KeyCodeCombination(KeyCode.F1), this::gettingStarted),
                item("menu.help.shortcuts", new KeyCodeCombination(KeyCode.F1, SHIFT), this::shortcuts),
                new SeparatorMenuItem(),
                item("menu.help.about", null, actions::showAbout));
    }

    private void gettingStarted() {
        GettingStartedWindow.show(owner(), new GuideActions(() -> actions.files().newFromTemplate(), actions::addStage,
                () -> workshop().present(), this::export, this::shortcuts));
    }

    private void shortcuts() {
        ShortcutsWindow.show(owner(), KeyboardGuide.of(bar), PrinterAccess.system());
    }

    private static ObservableValue<String> labelled(String plainKey, String namedKey, ObservableValue<String> label) {
        return Bindings.createStringBinding(() -> {
            String name = label.getValue();
            return name == null || name.isEmpty() ? Messages.get(plainKey) : Messages.get(namedKey, name);
        }, label);
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code, SHORTCUT);
    }

    private static MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        // The keyboard guide's name for it: "Undo", where the item may read "Undo Move card".
        item.getProperties().put(MenuShortcuts.ACTION, Messages.get(key));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
