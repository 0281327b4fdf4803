package app.masa.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

/** The looks the user can pick in View > Theme. */
public enum ThemeChoice {
    LIGHT(new PrimerLight()),
    DARK(new PrimerDark());

    private final Theme theme;

    ThemeChoice(Theme theme) {
        this.theme = theme;
    }

    public String userAgentStylesheet() {
        return theme.getUserAgentStylesheet();
    }

    public boolean isDark() {
        return theme.isDarkMode();
    }

    public String messageKey() {
        return "menu.view.theme." + name().toLowerCase(java.util.Locale.ROOT);
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
