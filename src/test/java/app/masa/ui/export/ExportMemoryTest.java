package app.masa.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import app.masa.export.Orientation;
import app.masa.export.PageSize;
import app.masa.ui.ShellFixtures;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExportMemoryTest {
    private final Preferences settings = ShellFixtures.preferences();
    private final ExportMemory memory = new ExportMemory(settings);

    @AfterEach
    void forget() {
        ShellFixtures.dispose(settings);
    }

    @Test
    void recallsWhatWasRememberedForTheSameFileOnly() {
        Path plan = Path.of("/maps/plan.journey.json");
        ExportOptions options = ExportOptions.defaults().withPage(PageSize.A3).withOrientation(Orientation.LANDSCAPE)
                .withTiles(true).withScale(3).withTransparent(true).withTitleBlock(false).withReport(true);
        memory.remember(plan, new ExportChoices(ExportFormat.PNG, options, Path.of("/out/plan.png"), false));

        ExportChoices again = memory.recall(Path.of("/maps/../maps/plan.journey.json"));
        assertThat(again.format()).isEqualTo(ExportFormat.PNG);
        assertThat(again.options()).isEqualTo(options.withMargin(ExportOptions.DEFAULT_MARGIN));
        assertThat(again.target()).isEqualTo(Path.of("/out/plan.png"));
        assertThat(memory.recall(Path.of("/maps/other.journey.json"))).isEqualTo(ExportChoices.defaults());
        assertThat(memory.recall(null)).isEqualTo(ExportChoices.defaults());
    }

    @Test
    void theSettingsNameAHashNotThePath() throws Exception {
        Path plan = Path.of("/home/dana/secret-client/plan.journey.json");
        memory.remember(plan, ExportChoices.defaults());
        assertThat(settings.childrenNames()).containsExactly(ExportMemory.keyOf(plan));
        assertThat(ExportMemory.keyOf(plan)).matches("[0-9a-f]{32}").isNotEqualTo(ExportMemory.keyOf(Path.of("/x")));
    }

    @Test
    void proposesTheLastTargetInTheNewFormat() {
        assertThat(ExportTargets.suggested(null, ExportFormat.PDF, "plan")).isEqualTo(Path.of("plan.pdf"));
        assertThat(ExportTargets.suggested(Path.of("/out/deck.png"), ExportFormat.SVG, "plan"))
                .isEqualTo(Path.of("/out/deck.svg"));
        assertThat(ExportTargets.withExtension(Path.of("/out/deck"), ExportFormat.PDF)).isEqualTo(Path.of("/out/deck.pdf"));
        assertThat(ExportTargets.withExtension(Path.of("/out/deck.PDF"), ExportFormat.PDF)).isEqualTo(Path.of("/out/deck.PDF"));
        assertThat(ExportTargets.baseName("plan.journey.json")).isEqualTo("plan");
        assertThat(ExportTargets.baseName("Shop visit")).isEqualTo("Shop-visit");
    }
}
