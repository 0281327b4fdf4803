package app.masa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A normal start of the designer prints nothing: a new JVM starts Masa as its jar does, with JavaFX
 * on the class path, headless, and the test reads everything it wrote until its window showed.
 */
class QuietStartTest {
    private final String preferencesNode = "/app/masa/test/" + UUID.randomUUID();

    @TempDir
    Path recovery;

    @AfterEach
    void removePreferences() throws Exception {
        Preferences node = Preferences.userRoot().node(preferencesNode);
        node.removeNode();
    }

    @Test
    void aNormalStartPrintsNothing() throws Exception {
        Process process = start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> text(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));

        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the designer's window shows within 2 minutes").isTrue();
        assertThat(out.get()).isEqualTo(FirstWindowProbe.SHOWN + System.lineSeparator());
        assertThat(err.get()).isEmpty();
        assertThat(process.exitValue()).isZero();
    }

    private Process start() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(),
                "-cp", System.getProperty("java.class.path"),
                // Headless, as every UI test here: Monocle draws into memory.
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true",
                "-D" + app.masa.ui.common.ShellPreferences.NODE_PROPERTY + "=" + preferencesNode,
                "-D" + app.masa.io.recovery.RecoveryFolder.PROPERTY + "=" + recovery,
                FirstWindowProbe.class.getName()));
        // The launcher refuses to start without a display named; Monocle never connects to it.
        builder.environment().put("DISPLAY", ":0");
        return builder.start();
    }

    private static String text(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
