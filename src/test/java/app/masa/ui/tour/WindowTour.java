package app.masa.ui.tour;

import app.masa.edit.CommentEdits;
import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.io.recovery.ProcessOwner;
import app.masa.io.recovery.RecoveryStore;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.ConversionPath;
import app.masa.model.Extras;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.ui.analysis.AnalysisWindows;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.comments.CommentDialog;
import app.masa.ui.compare.Comparison;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.dialog.UnsavedChangesDialog;
import app.masa.ui.interchange.InterchangeWindows;
import app.masa.ui.links.LinkDialog;
import app.masa.ui.persona.PersonaEditor;
import app.masa.ui.recovery.RecoveryDialog;
import app.masa.ui.shell.MainWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/**
 * Every window of the designer, each opened the way a person reaches it (its menu item where there
 * is one), for the window-structure tests and the screenshot gallery.
 */
public final class WindowTour {
    /** One window: its name in test reports and picture files, and how to open it from the main window. */
    public record Step(String name, Consumer<MainWindow> open) {
        @Override
        public String toString() {
            return name;
        }
    }

    private WindowTour() {
    }

    public static List<Step> steps() {
        return List.of(
                new Step("main", w -> { }),
                new Step("new", menu("menu-file-new")),
                new Step("export", menu("menu-file-export")),
                new Step("print", menu("print-menu")),
                new Step("numbers", menu("analysis-numbers-menu")),
                new Step("numbers-attribution", paths().andThen(menu("analysis-numbers-menu")).andThen(tab("numbers-tab-attribution"))),
                new Step("numbers-insights", menu("analysis-numbers-menu").andThen(tab("numbers-tab-insights"))),
                new Step("path-editor", w -> AnalysisWindows.editPath(w.stage(), w.session().currentMap())),
                new Step("persona", w -> PersonaEditor.edit(w.stage(), w.session().currentMap().personas().get(0))),
                new Step("brand", menu("menu-edit-brand")),
                new Step("compare", WindowTour::compare),
                new Step("matrix", menu("matrix-menu")),
                new Step("comment", w -> CommentDialog.show(w.stage(), w.session(), w.preferences(),
                        w.session().currentMap().cards().get(0).id())),
                new Step("comments", commented().andThen(menu("comments-menu"))),
                new Step("link", w -> LinkDialog.show(w.stage(), w.session(), w.session().currentMap().cards().get(0).id())),
                new Step("overview", menu("overview-menu")),
                new Step("start-vote", menu("workshop-menu-startVote")),
                new Step("vote", menu("workshop-menu-vote")),
                new Step("timer", menu("workshop-menu-timer")),
                // the room listens on this computer only while pictured or tested
                new Step("room", loopbackRoom().andThen(menu("workshop-menu-room"))),
                new Step("recovery", WindowTour::recovery),
                new Step("csv-import", w -> InterchangeWindows.csvImport(w.stage(), w.session().currentMap())),
                new Step("mermaid-import", w -> InterchangeWindows.mermaidImport(w.stage(), w.session().currentMap())),
                new Step("unsaved", w -> UnsavedChangesDialog.ask(w.stage(), "plan.journey.json")),
                new Step("error", w -> Dialogs.showError(w.stage(), "plan.journey.json", "The disk is full.")),
                new Step("getting-started", menu("menu-help-gettingStarted")),
                new Step("shortcuts", menu("menu-help-shortcuts")),
                new Step("about", menu("menu-help-about")));
    }

    /** Two threads, one answered, so the Comments window has conversations to show. */
    private static Consumer<MainWindow> commented() {
        return window -> {
            JourneyMap map = window.session().currentMap();
            if (!map.comments().isEmpty() || map.cards().size() < 2) {
                return;
            }
            java.time.Instant at = java.time.Instant.parse("2026-12-05T07:00:00Z");
            boolean hebrew = Messages.isRightToLeft();
            String question = hebrew ? "למה המחיר לא מופיע כאן?" : "Why is the price not shown here?";
            String answer = hebrew ? "הוא מופיע רק בסל. כדאי להקדים." : "Only in the basket. Worth showing it earlier.";
            window.session().execute(CommentEdits.comment(map.id(), map.cards().get(0).id(), "Dana", at,
                    question));
            window.session().execute(CommentEdits.comment(map.id(), map.cards().get(0).id(), "Noa", at,
                    answer));
            window.session().execute(CommentEdits.comment(map.id(), map.stages().get(0).id(), "Dana", at,
                    question));
        };
    }

    private static Consumer<MainWindow> loopbackRoom() {
        return window -> System.setProperty("masa.room.host", "127.0.0.1");
    }

    /** Three conversion paths through the map's touchpoints, so the attribution has figures to show. */
    private static Consumer<MainWindow> paths() {
        return window -> {
            JourneyMap map = window.session().currentMap();
            List<String> cards = map.cards().stream().filter(c -> c.type() == CardType.TOUCHPOINT).map(Card::id).toList();
            if (cards.size() < 4 || !map.conversionPaths().isEmpty()) {
                return;
            }
            window.session().execute(Edits.setConversionPaths(map.id(), map.conversionPaths(), List.of(
                    new ConversionPath("tour-1", List.of(cards.get(0), cards.get(2), cards.get(3)), 42, 0, Extras.NONE),
                    new ConversionPath("tour-2", List.of(cards.get(1), cards.get(3)), 17, 0, Extras.NONE),
                    new ConversionPath("tour-3", List.of(cards.get(0), cards.get(1), cards.get(2)), 9, 0, Extras.NONE))));
        };
    }

    /** Selects a tab of the window just opened, found by its id. */
    private static Consumer<MainWindow> tab(String id) {
        return window -> Window.getWindows().stream().filter(w -> w != window.stage() && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".tab-pane")).filter(TabPane.class::isInstance)
                .map(TabPane.class::cast).flatMap(pane -> pane.getTabs().stream())
                .filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> t.getTabPane().getSelectionModel().select(t));
    }

    /** Fires a menu item of the main window, found by its id. */
    private static Consumer<MainWindow> menu(String id) {
        return window -> {
            MenuBar bar = (MenuBar) window.scene().getRoot().lookup(".menu-bar");
            MenuItem item = bar.getMenus().stream().map(m -> find(m, id)).flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no menu item #" + id));
            item.fire();
        };
    }

    private static Optional<MenuItem> find(MenuItem item, String id) {
        if (id.equals(item.getId())) {
            return Optional.of(item);
        }
        if (item instanceof Menu menu) {
            return menu.getItems().stream().map(i -> find(i, id)).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    /** The recovery dialog as a start after a crash shows it, with this window's document left behind. */
    private static void recovery(MainWindow window) {
        try {
            Path folder = Files.createTempDirectory("masa-tour-recovery");
            RecoveryStore store = new RecoveryStore(folder, Clock.systemUTC());
            ProcessOwner gone = new ProcessOwner(Long.MAX_VALUE - 7, "", null, "gone");
            store.write(store.newId(), gone, Path.of("plan.journey.json"), window.session().document());
            RecoveryDialog.ask(window.stage(), store, store.list(), Runnable::run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Compare window, as File > Compare with… opens it on a version with a card added, one gone and one renamed. */
    private static void compare(MainWindow window) {
        JourneyMap map = window.session().currentMap();
        List<Card> cards = new ArrayList<>(map.cards());
        Card gone = cards.remove(0);
        cards.set(0, cards.get(0).withTitle(cards.get(0).title() + " (2)"));
        cards.add(gone.withId("tour-new").withTitle(gone.title() + " (v2)"));
        JourneyFile other = JourneyFile.of(map.withCards(cards));
        Comparison.of(window.session(), (MapCanvas) window.canvas().node()).start(other, "plan-v2.journey.json");
    }

    /** The map the tour opens: a template with personas, paths and every lane kind. */
    public static JourneyMap map(MainWindow window) {
        return window.session().currentMap();
    }
}
