package app.masa.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyFile;
import app.masa.ui.ShellFixtures;
import org.junit.jupiter.api.Test;

class LayoutsAheadTest {
    private final JourneyFile file = ShellFixtures.document();
    private final LayoutOptions options = LayoutOptions.canvas().withBrand(file.brand());

    @Test
    void theCanvasTakesTheLayoutMadeAheadForThatMapAndLaysOutItselfAfter() {
        LayoutsAhead.make(file);
        MapLayout ahead = LayoutsAhead.waiting();

        var layouter = LayoutsAhead.layouter();
        assertThat(layouter.apply(file.maps().get(0), options)).isSameAs(ahead);
        assertThat(LayoutsAhead.waiting()).isNull();

        MapLayout second = layouter.apply(file.maps().get(0), LayoutOptions.canvas().withMetricsLane(true));
        assertThat(second).isNotSameAs(ahead);
        assertThat(second.width()).isPositive();
    }

    @Test
    void anotherMapOrOtherOptionsAreLaidOutAfreshAndTheLayoutMadeAheadIsDropped() {
        LayoutsAhead.make(file);
        MapLayout ahead = LayoutsAhead.waiting();

        MapLayout other = LayoutsAhead.layouter().apply(file.maps().get(1), options);

        assertThat(other).isNotSameAs(ahead);
        assertThat(LayoutsAhead.waiting()).isNull();

        LayoutsAhead.make(file);
        assertThat(LayoutsAhead.layouter().apply(file.maps().get(0), options.withMetricsLane(true)))
                .isNotSameAs(LayoutsAhead.waiting());
        assertThat(LayoutsAhead.waiting()).isNull();
    }
}
