package app.masa.ui.interchange;

import app.masa.i18n.Messages;
import app.masa.io.interchange.InterchangeFormat;
import app.masa.ui.session.DocumentSession;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/** The File menu's Import and Export-as items for CSV and Mermaid. */
public final class InterchangeMenu {
    private InterchangeMenu() {
    }

    /** File > Import: cards from CSV…, a Mermaid journey diagram…. */
    public static Menu importMenu(DocumentSession session) {
        InterchangeActions actions = new InterchangeActions(session);
        Menu menu = new Menu(Messages.get("interchange.menu.import"));
        menu.setId("menu-file-import");
        menu.getItems().addAll(
                item("interchange.menu.import.csv", actions::importCsv),
                item("interchange.menu.import.mermaid", actions::importMermaid));
        return menu;
    }

    /** File > Export as: the map's cards as CSV…, the map as a Mermaid journey diagram…. */
    public static Menu exportMenu(DocumentSession session) {
        InterchangeActions actions = new InterchangeActions(session);
        Menu menu = new Menu(Messages.get("interchange.menu.exportAs"));
        menu.setId("menu-file-export-as");
        menu.getItems().addAll(
                item("interchange.menu.export.csv", owner -> actions.exportAs(owner, InterchangeFormat.CSV)),
                item("interchange.menu.export.mermaid", owner -> actions.exportAs(owner, InterchangeFormat.MERMAID)),
                item("interchange.menu.export.xlsx", owner -> actions.exportAs(owner, InterchangeFormat.XLSX)));
        return menu;
    }

    private static MenuItem item(String key, Consumer<Window> action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(e -> action.accept(ownerOf(item)));
        return item;
    }

    /** The window the menu belongs to, found when the item is chosen. */
    static Window ownerOf(MenuItem item) {
        MenuItem top = item;
        while (top.getParentMenu() != null) {
            top = top.getParentMenu();
        }
        if (top.getParentPopup() != null && top.getParentPopup().getOwnerWindow() != null) {
            return top.getParentPopup().getOwnerWindow();
        }
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().isEmpty() ? null : Window.getWindows().get(0));
    }
}
