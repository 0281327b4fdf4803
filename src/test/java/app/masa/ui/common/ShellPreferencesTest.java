package app.masa.ui.common;


import static org.assertj.core.api.Assertions.assertThat;

import app.masa.ui.ShellFixtures;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShellPreferencesTest {
    private final Preferences node = ShellFixtures.preferences();
    private final ShellPreferences preferences = new ShellPreferences(node);

    @AfterEach
    void cleanUp() {
        ShellFixtures.dispose(node);
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutRepeatsAndCapped() {
        for (int i = 0; i < ShellPreferences.MAX_RECENT + 3; i++) {
            preferences.addRecentFile(Path.of("/maps/m" + i + ".journey.json"));
        }
        preferences.addRecentFile(Path.of("/maps/m5.journey.json"));

        assertThat(preferences.recentFiles()).hasSize(ShellPreferences.MAX_RECENT)
                .startsWith(Path.of("/maps/m5.journey.json"), Path.of("/maps/m10.journey.json"))
                .doesNotHaveDuplicates();
    }

    @Test
    void languageThemeAndWindowAreRemembered() {
        preferences.setLanguage(Locale.forLanguageTag("he"));
        preferences.setTheme(ThemeChoice.DARK);
        preferences.setWindowBounds(new ShellPreferences.WindowBounds(10, 20, 900, 700, false));

        ShellPreferences again = new ShellPreferences(node);
        assertThat(again.language()).contains(Locale.forLanguageTag("he"));
        assertThat(again.theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(again.windowBounds()).contains(new ShellPreferences.WindowBounds(10, 20, 900, 700, false));
    }

    @Test
    void nothingRememberedMeansSystemDefaults() {
        assertThat(preferences.language()).isEmpty();
        assertThat(preferences.theme()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(preferences.windowBounds()).isEmpty();
    }
}
