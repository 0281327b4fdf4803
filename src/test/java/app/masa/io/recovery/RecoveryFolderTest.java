package app.masa.io.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecoveryFolderTest {
    private static final Path HOME = Path.of("/home/dana");

    @Test
    void linuxUsesTheXdgDataFolder() {
        assertThat(RecoveryFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/dana"), HOME))
                .isEqualTo(Path.of("/data/dana/masa/recovery"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgOrWithARelativeOne() {
        assertThat(RecoveryFolder.resolve("Linux", Map.of(), HOME)).isEqualTo(HOME.resolve(".local/share/masa/recovery"));
        assertThat(RecoveryFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "relative/data"), HOME))
                .isEqualTo(HOME.resolve(".local/share/masa/recovery"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(RecoveryFolder.resolve("Mac OS X", Map.of(), HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Masa/recovery"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(RecoveryFolder.resolve("Windows 11", Map.of("APPDATA", "/users/dana/AppData/Roaming"), HOME))
                .isEqualTo(Path.of("/users/dana/AppData/Roaming/Masa/recovery"));
        assertThat(RecoveryFolder.resolve("Windows 11", Map.of(), HOME))
                .isEqualTo(HOME.resolve("AppData/Roaming/Masa/recovery"));
    }

    @Test
    void aSystemPropertyRedirectsTheFolder() {
        String before = System.getProperty(RecoveryFolder.PROPERTY);
        try {
            System.setProperty(RecoveryFolder.PROPERTY, "/tmp/elsewhere");
            assertThat(RecoveryFolder.forCurrentUser()).isEqualTo(Path.of("/tmp/elsewhere"));
        } finally {
            if (before == null) {
                System.clearProperty(RecoveryFolder.PROPERTY);
            } else {
                System.setProperty(RecoveryFolder.PROPERTY, before);
            }
        }
    }
}
