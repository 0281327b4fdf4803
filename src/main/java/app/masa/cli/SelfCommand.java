package app.masa.cli;

import app.masa.Main;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a shell starts this very Masa again, for git to call: the packaged launcher, or this Java
 * running this jar (or these classes). Each part is quoted for the shell git runs drivers in.
 */
final class SelfCommand {
    private SelfCommand() {
    }

    static String describe() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            return quoted(launcher);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path code = codeLocation();
        if (code != null && Files.isRegularFile(code)) {
            return quoted(java) + " -jar " + quoted(code.toString());
        }
        return quoted(java) + " -cp " + quoted(System.getProperty("java.class.path")) + " " + Main.class.getName();
    }

    private static Path codeLocation() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    /** A word for a POSIX shell: left as it is when plain, else in single quotes. */
    static String quoted(String word) {
        if (word.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
