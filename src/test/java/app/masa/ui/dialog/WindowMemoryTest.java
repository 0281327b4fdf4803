package app.masa.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.ui.ShellFixtures;
import java.util.prefs.Preferences;
import javafx.geometry.Dimension2D;
import org.junit.jupiter.api.Test;

class WindowMemoryTest {
    @Test
    void keepsSizesByNameInTheSettingsItUses() {
        Preferences node = ShellFixtures.preferences();
        try {
            WindowMemory.use(node);
            WindowMemory.remember("new", new Dimension2D(700, 480));

            assertThat(WindowMemory.size("new")).contains(new Dimension2D(700, 480));
            assertThat(WindowMemory.size("shortcuts")).isEmpty();
        } finally {
            ShellFixtures.dispose(node);
        }
    }

    @Test
    void settingsRemovedUnderItRememberNothingInsteadOfFailing() {
        Preferences node = ShellFixtures.preferences();
        WindowMemory.use(node);
        ShellFixtures.dispose(node);

        assertThat(WindowMemory.size("new")).isEmpty();
    }
}
