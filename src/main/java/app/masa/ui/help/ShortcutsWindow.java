package app.masa.ui.help;

import app.masa.ui.common.Shortcut;
import app.masa.ui.common.ShortcutGroup;

import app.masa.i18n.Messages;
import app.masa.ui.dialog.WindowFit;
import app.masa.ui.print.PrinterAccess;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help > Keyboard Shortcuts: every key of the designer, grouped, with a field to find one and a Print
 * button. It stays open beside the map while the user works; asked for again, it comes to the front
 * with the guide read afresh (the language or the menus may have changed).
 */
public final class ShortcutsWindow {
    static final String NAME = "shortcuts";
    private static final Map<Window, ShortcutsWindow> OPEN = new WeakHashMap<>();

    private final Stage stage = new Stage();
    /** The interface language it was built in; after a switch, the next call builds it afresh. */
    private final Locale language = Messages.locale();
    private final VBox sheet = new VBox();
    private final TextField find = new TextField();
    private final Label nothingFound = new Label();
    private List<ShortcutGroup> groups = List.of();

    private ShortcutsWindow(Window owner, PrinterAccess printers) {
        find.setId("shortcuts-find");
        find.setPromptText(Messages.get("keys.window.find"));
        find.textProperty().addListener((o, was, now) -> fill());
        nothingFound.setText(Messages.get("keys.window.nothing"));
        nothingFound.setWrapText(true);
        sheet.setId("shortcuts-sheet");
        sheet.setPadding(new Insets(0, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setId("shortcuts-list");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Button print = new Button(Messages.get("keys.window.print"));
        print.setId("shortcuts-print");
        print.setOnAction(e -> ShortcutPrinting.print(stage, groups, printers));
        HBox buttons = WindowButtons.of(print, "shortcuts-close", stage);

        // A field with the focus hides its prompt, so the label says what it is for.
        Label findLabel = new Label(Messages.get("keys.window.findLabel"));
        findLabel.setLabelFor(find);
        HBox top = new HBox(8, findLabel, find);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(find, Priority.ALWAYS);
        top.setPadding(new Insets(12, 16, 8, 16));
        BorderPane root = new BorderPane(scroll, top, null, buttons, null);
        root.setId("shortcuts-window");
        root.setMinSize(420, 320);
        root.setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        scene.getStylesheets().add(ShortcutSheet.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(Messages.get("keys.window.title"));
        WindowFit.stage(stage, NAME, new Dimension2D(680, 620));
    }

    /** Shows the guide beside {@code owner}, a window of its own that stays open while the user works. */
    public static ShortcutsWindow show(Window owner, List<ShortcutGroup> groups, PrinterAccess printers) {
        ShortcutsWindow window = OPEN.get(owner);
        if (window != null && window.stage.isShowing() && !window.language.equals(Messages.locale())) {
            window.stage.close();
        }
        if (window == null || !window.stage.isShowing()) {
            window = new ShortcutsWindow(owner, printers);
            OPEN.put(owner, window);
        }
        window.groups = List.copyOf(groups);
        window.fill();
        window.stage.show();
        window.stage.toFront();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** The lines that have what the user typed in their keys or their words, under their headings. */
    private void fill() {
        String wanted = find.getText() == null ? "" : find.getText().strip().toLowerCase(Locale.ROOT);
        List<ShortcutGroup> shown = groups.stream()
                .map(g -> new ShortcutGroup(g.title(), g.shortcuts().stream().filter(s -> matches(s, wanted)).toList()))
                .filter(g -> !g.shortcuts().isEmpty())
                .toList();
        sheet.getChildren().setAll(ShortcutSheet.nodes(shown));
        if (shown.isEmpty()) {
            sheet.getChildren().add(nothingFound);
        }
    }

    private static boolean matches(Shortcut shortcut, String wanted) {
        return wanted.isEmpty() || shortcut.action().toLowerCase(Locale.ROOT).contains(wanted)
                || shortcut.keys().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).contains(wanted));
    }
}
