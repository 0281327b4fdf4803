package app.masa.io.recovery;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where recovery copies live: the platform's usual place for an application's own data, never next
 * to the user's files. The system property {@value #PROPERTY} points elsewhere, so tests and
 * portable installs never touch the user's folder.
 */
public final class RecoveryFolder {
    public static final String PROPERTY = "masa.recovery.dir";

    private RecoveryFolder() {
    }

    /** The folder for this user on this machine. */
    public static Path forCurrentUser() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The folder for the given operating system, environment and home folder. */
    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Masa").resolve("recovery");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Masa").resolve("recovery");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG rules say a relative value is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("masa").resolve("recovery");
    }
}
