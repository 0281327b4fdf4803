package app.masa.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.JourneyFile;
import app.masa.ui.ShellFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SaveStampsTest {
    private static final Instant FIRST = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void unchangedDocumentIsWrittenAsItWasRead() {
        JourneyFile doc = ShellFixtures.document();
        SaveStamps stamps = new SaveStamps();
        stamps.baseline(doc);

        assertThat(stamps.stamp(doc, FIRST)).isEqualTo(doc);
    }

    @Test
    void onlyTheChangedMapGetsTheNewModifiedTime() {
        JourneyFile doc = ShellFixtures.document();
        SaveStamps stamps = new SaveStamps();
        stamps.baseline(doc);
        JourneyFile edited = doc.withMap(doc.maps().get(1).withTitle("Home delivery"));

        JourneyFile written = stamps.stamp(edited, FIRST);

        assertThat(written.maps().get(0)).isEqualTo(doc.maps().get(0));
        assertThat(written.maps().get(1).modified()).isEqualTo(FIRST);
        assertThat(written.maps().get(1).title()).isEqualTo("Home delivery");
    }

    @Test
    void savingAgainWithoutChangesWritesTheSameDocument() {
        JourneyFile doc = ShellFixtures.document();
        SaveStamps stamps = new SaveStamps();
        stamps.baseline(doc);
        JourneyFile edited = doc.withMap(doc.maps().get(0).withTitle("Shop"));
        JourneyFile first = stamps.stamp(edited, FIRST);
        stamps.remember(edited, first);

        assertThat(stamps.stamp(edited, LATER)).isEqualTo(first);
    }
}
