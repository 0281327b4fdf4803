package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReportColumnsTest {
    @Test
    void columnsThatFitShareTheSpareRoomInProportion() {
        double[] widths = ReportColumns.widths(new double[] {50, 150}, 400);
        assertThat(widths[0]).isCloseTo(100, within(1e-9));
        assertThat(widths[1]).isCloseTo(300, within(1e-9));
    }

    @Test
    void narrowColumnsKeepTheirWidthWhenTheWideOnesMustWrap() {
        double[] widths = ReportColumns.widths(new double[] {60, 40, 500, 400}, 500);
        assertThat(widths[0]).isEqualTo(60);
        assertThat(widths[1]).isEqualTo(40);
        assertThat(widths[2]).isCloseTo(200, within(1e-9));
        assertThat(widths[3]).isCloseTo(200, within(1e-9));
        assertThat(Arrays.stream(widths).sum()).isCloseTo(500, within(1e-9));
    }

    @Test
    void everyColumnTooWideGetsAnEqualShare() {
        double[] widths = ReportColumns.widths(new double[] {300, 300, 300}, 300);
        assertThat(widths).containsExactly(new double[] {100, 100, 100}, within(1e-9));
    }
}
