package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesignerShortcutTest {
    @Test
    void noArgumentsOrOneFileOpenTheDesignerDirectly() {
        assertThat(DesignerShortcut.of()).contains(Optional.empty());
        assertThat(DesignerShortcut.of("maps/שלום.journey.json")).contains(Optional.of(Path.of("maps/שלום.journey.json")));
    }

    @Test
    void optionsSubcommandsAndSeveralArgumentsGoThroughTheCommandLine() {
        assertThat(DesignerShortcut.of("--help")).isEmpty();
        assertThat(DesignerShortcut.of("-V")).isEmpty();
        assertThat(DesignerShortcut.of("export")).isEmpty();
        assertThat(DesignerShortcut.of("templates")).isEmpty();
        assertThat(DesignerShortcut.of("--lang", "he")).isEmpty();
        assertThat(DesignerShortcut.of("a.journey.json", "b.journey.json")).isEmpty();
        assertThat(DesignerShortcut.of("")).isEmpty();
    }

    @Test
    @InterfaceLanguage("en")
    void theDesignerGetsTheFileAndAFailureIsOnePlainLine() {
        List<Path> opened = new ArrayList<>();
        assertThat(MasaCommand.run(opened::add, writer(), writer(), "map.journey.json")).isZero();
        assertThat(opened).containsExactly(Path.of("map.journey.json"));

        StringWriter err = new StringWriter();
        int code = MasaCommand.run(file -> {
            throw new IllegalStateException("No display to open the designer on.");
        }, writer(), new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("No display to open the designer on.").doesNotContain("Exception");
    }

    private static PrintWriter writer() {
        return new PrintWriter(new StringWriter(), true);
    }
}
