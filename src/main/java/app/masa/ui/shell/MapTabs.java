package app.masa.ui.shell;

import app.masa.edit.Additions;
import app.masa.edit.Addition;
import app.masa.ui.common.HoverTips;
import app.masa.ui.common.Subscriptions;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.dialog.TextPrompt;
import app.masa.ui.session.DocumentSession;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * One tab per map of the file, in file order, following the session's current map. The canvas
 * sits in the selected tab. Tabs can be added, renamed, duplicated, deleted and dragged into a new
 * order; each of these is an undoable change of the document.
 */
public final class MapTabs {
    private final DocumentSession session;
    private final Node canvas;
    private final TabPane tabs = new TabPane();
    private final StackPane root;
    private boolean syncing;

    public MapTabs(DocumentSession session, Node canvas, Subscriptions subscriptions) {
        this.session = session;
        this.canvas = canvas;
        tabs.setId("map-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setTabDragPolicy(TabPane.TabDragPolicy.REORDER);
        tabs.getStyleClass().add("map-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (old != null) {
                old.setContent(null);
            }
            if (tab != null) {
                tab.setContent(canvas);
                if (!syncing) {
                    session.currentMapIdProperty().set((String) tab.getUserData());
                }
            }
        });
        tabs.getTabs().addListener((ListChangeListener<Tab>) change -> {
            if (!syncing) {
                reorderedByUser();
            }
        });
        subscriptions.always(this::sync, session.documentProperty(), session.currentMapIdProperty());

        Button add = new Button(null, new FontIcon(MaterialDesignP.PLUS));
        add.setId("map-tabs-add");
        add.getStyleClass().addAll("flat", "button-icon", "map-tabs-add");
        HoverTips.install(add, Messages.get("ui.tabs.add"));
        add.setOnAction(e -> addMap());
        root = new StackPane(tabs, add);
        StackPane.setAlignment(add, Pos.TOP_RIGHT);
    }

    public Node node() {
        return root;
    }

    /** Makes the tabs match the document: same maps, same order, same titles, current one selected. */
    private void sync() {
        syncing = true;
        try {
            JourneyFile doc = session.document();
            List<String> ids = doc.maps().stream().map(JourneyMap::id).toList();
            List<String> shown = tabs.getTabs().stream().map(t -> (String) t.getUserData()).toList();
            if (!ids.equals(shown)) {
                tabs.getTabs().setAll(doc.maps().stream().map(this::tabFor).toList());
            }
            for (Tab tab : tabs.getTabs()) {
                doc.map((String) tab.getUserData()).ifPresent(map -> tab.setText(tabTitle(map)));
            }
            String current = session.currentMap().id();
            tabs.getTabs().stream().filter(t -> current.equals(t.getUserData())).findFirst()
                    .ifPresent(tab -> {
                        tabs.getSelectionModel().select(tab);
                        tab.setContent(canvas);
                    });
        } finally {
            syncing = false;
        }
    }

    private Tab tabFor(JourneyMap map) {
        return tabs.getTabs().stream().filter(t -> map.id().equals(t.getUserData())).findFirst().orElseGet(() -> {
            Tab tab = new Tab(tabTitle(map));
            tab.setUserData(map.id());
            tab.setId("map-tab-" + map.id());
            tab.setContextMenu(contextMenu(map.id()));
            return tab;
        });
    }

    private ContextMenu contextMenu(String mapId) {
        MenuItem rename = new MenuItem(Messages.get("ui.tabs.rename"));
        rename.setOnAction(e -> rename(mapId));
        MenuItem duplicate = new MenuItem(Messages.get("ui.tabs.duplicate"));
        duplicate.setOnAction(e -> duplicate(mapId));
        MenuItem delete = new MenuItem(Messages.get("ui.tabs.delete"));
        delete.setOnAction(e -> delete(mapId));
        MenuItem add = new MenuItem(Messages.get("ui.tabs.add"));
        add.setOnAction(e -> addMap());
        ContextMenu menu = new ContextMenu(rename, duplicate, delete, new SeparatorMenuItem(), add);
        menu.setOnShowing(e -> delete.setDisable(session.document().maps().size() < 2));
        return menu;
    }

    private void reorderedByUser() {
        List<String> order = tabs.getTabs().stream().map(t -> (String) t.getUserData()).toList();
        JourneyFile doc = session.document();
        for (int i = 0; i < order.size(); i++) {
            if (!Objects.equals(order.get(i), doc.maps().get(i).id())) {
                String moved = movedId(order, doc);
                session.execute(Edits.moveMap(moved, order.indexOf(moved)));
                session.seal();
                return;
            }
        }
    }

    /** The one map the user dragged: taking it out of both orders leaves them equal. */
    private static String movedId(List<String> order, JourneyFile doc) {
        List<String> before = doc.maps().stream().map(JourneyMap::id).toList();
        int first = 0;
        while (order.get(first).equals(before.get(first))) {
            first++;
        }
        String candidate = order.get(first);
        List<String> a = new java.util.ArrayList<>(order);
        List<String> b = new java.util.ArrayList<>(before);
        a.remove(candidate);
        b.remove(candidate);
        return a.equals(b) ? candidate : before.get(first);
    }

    private void addMap() {
        JourneyFile doc = session.document();
        String title = Messages.get("ui.tabs.newTitle", doc.maps().size() + 1);
        Addition map = Additions.mapLike(doc, session.currentMap(), title, Instant.now());
        session.execute(map.command());
        session.seal();
        session.currentMapIdProperty().set(map.id());
    }

    private void rename(String mapId) {
        JourneyMap map = session.document().map(mapId).orElseThrow();
        TextPrompt.ask(window(), Messages.get("ui.tabs.rename"), Messages.get("ui.tabs.name"), map.title())
                .filter(title -> !title.equals(map.title()))
                .ifPresent(title -> {
                    session.execute(Edits.renameMap(session.document().map(mapId).orElseThrow(), title));
                    session.seal();
                });
    }

    private void duplicate(String mapId) {
        JourneyFile doc = session.document();
        JourneyMap map = doc.map(mapId).orElseThrow();
        session.execute(Edits.duplicateMap(mapId, Messages.get("ui.tabs.copyTitle", map.title())));
        session.seal();
        // The copy comes right after the original.
        session.currentMapIdProperty().set(session.document().maps().get(doc.mapIndex(mapId) + 1).id());
    }

    private void delete(String mapId) {
        JourneyFile doc = session.document();
        if (doc.maps().size() < 2) {
            return;
        }
        JourneyMap map = doc.map(mapId).orElseThrow();
        if (Dialogs.confirm(window(), Messages.get("ui.tabs.deleteQuestion", tabTitle(map)), Messages.get("dialog.undoable"))) {
            session.execute(Edits.deleteMap(mapId));
            session.seal();
        }
    }

    private static String tabTitle(JourneyMap map) {
        return map.title().isBlank() ? Messages.get("ui.untitled") : map.title();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
