package app.masa.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

/** The looks the user can pick in View > Theme. */
public enum ThemeChoice {
    LIGHT(new PrimerLight(), app.masa.layout.Theme.LIGHT, "menu.view.theme.light"),
    DARK(new PrimerDark(), app.masa.layout.Theme.DARK, "menu.view.theme.dark"),
    /** The light look with larger, stronger text (masa.css's :projector rules), to read from the back of a room. */
    PROJECTOR(new PrimerLight(), app.masa.layout.Theme.PROJECTOR, "workshop.theme.projector");

    private final Theme theme;
    private final app.masa.layout.Theme mapTheme;
    private final String messageKey;

    ThemeChoice(Theme theme, app.masa.layout.Theme mapTheme, String messageKey) {
        this.theme = theme;
        this.mapTheme = mapTheme;
        this.messageKey = messageKey;
    }

    /** How the map itself is dressed on the canvas with this look. */
    public app.masa.layout.Theme mapTheme() {
        return mapTheme;
    }

    public String userAgentStylesheet() {
        return theme.getUserAgentStylesheet();
    }

    public boolean isDark() {
        return theme.isDarkMode();
    }

    public String messageKey() {
        return messageKey;
    }

    static ThemeChoice parse(String name) {
        for (ThemeChoice choice : values()) {
            if (choice.name().equals(name)) {
                return choice;
            }
        }
        return LIGHT;
    }
}
