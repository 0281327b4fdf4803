package app.masa.ui.shell;

import app.masa.ui.common.ShellPreferences;
import app.masa.ui.common.ThemeChoice;

import app.masa.ui.files.FileActions;
import app.masa.ui.session.DocumentSession;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;

/** Everything the menus, the tool bar and the shortcuts can do in one window. */
public interface ShellActions {
    DocumentSession session();

    FileActions files();

    CanvasCommands canvas();

    ShellPreferences preferences();

    /** Whether the card palette and the inspector show beside the map (View > Side Panels, F9). */
    BooleanProperty sidePanelsShown();

    void toggleSidePanels();

    void quit();

    void addStage();

    void addLane();

    /** Edit > Brand…: the file's logo and colours. */
    void editBrand();

    /** File > Export…: PDF, PNG or SVG of the current map or of all maps. */
    void export();

    void switchLanguage(Locale locale);

    void switchTheme(ThemeChoice theme);

    ThemeChoice theme();

    void showAbout();
}
