package app.masa.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.layout.Rect;
import app.masa.model.Direction;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The presentation's pure parts: stepping, the lane filter, the camera and text order. */
class PresentationLogicTest {

    @Test
    void stepsRunFromTheWholeMapThroughEveryStageAndStopAtTheEnds() {
        StageSteps steps = new StageSteps(3);
        assertThat(steps.current()).isEqualTo(StageSteps.WHOLE_MAP);
        assertThat(steps.previous()).isFalse();
        steps.next();
        steps.next();
        steps.next();
        assertThat(steps.next()).isFalse();
        assertThat(steps.current()).isEqualTo(2);
        steps.setCount(2);
        assertThat(steps.current()).isEqualTo(1);
        assertThat(steps.home()).isTrue();
        assertThat(steps.current()).isEqualTo(StageSteps.WHOLE_MAP);
    }

    @Test
    void arrowsFollowTheReadingDirection() {
        StageSteps ltr = new StageSteps(3);
        ltr.arrow(true, Direction.LTR);
        assertThat(ltr.current()).isZero();
        StageSteps rtl = new StageSteps(3);
        rtl.arrow(true, Direction.RTL);
        assertThat(rtl.current()).isEqualTo(StageSteps.WHOLE_MAP);
        rtl.arrow(false, Direction.RTL);
        rtl.arrow(false, Direction.RTL);
        assertThat(rtl.current()).isEqualTo(1);
    }

    @Test
    void hiddenLanesLeaveTheDocumentAloneAndTheLastLaneAlwaysShows() {
        JourneyMap map = WorkshopFixtures.document(Direction.LTR).maps().get(0);
        LaneFilter filter = new LaneFilter();
        filter.toggle(map, "l-pain");
        JourneyMap shown = filter.apply(map);
        assertThat(shown.lanes()).extracting(Lane::id).containsExactly("l-touch", "l-emo");
        assertThat(shown.card("c-fees")).isEmpty();
        assertThat(map.lanes()).hasSize(3);

        filter.only(map, "l-touch");
        assertThat(filter.apply(map).lanes()).extracting(Lane::id).containsExactly("l-touch");
        filter.toggle(map, "l-touch");
        assertThat(filter.apply(map).lanes()).extracting(Lane::id).containsExactly("l-touch");
        filter.only(map, "l-touch");
        assertThat(filter.apply(map)).isSameAs(map);
    }

    @Test
    void theCameraFitsATargetAndTurnsScreenPointsBackIntoLayoutPoints() {
        Camera camera = Camera.fitting(new Rect(100, 50, 400, 200), 1000, 1000);
        assertThat(camera.scale()).isCloseTo(1000 * 0.92 / 400, within(1e-9));
        assertThat(camera.screenX(300)).isCloseTo(500, within(1e-9));
        assertThat(camera.layoutY(camera.screenY(77))).isCloseTo(77, within(1e-9));
        Camera other = Camera.fitting(new Rect(0, 0, 2000, 2000), 1000, 1000);
        assertThat(camera.toward(other, 0, 1000, 1000)).isEqualTo(camera);
        assertThat(camera.toward(other, 1, 1000, 1000)).isEqualTo(other);
        Camera half = camera.toward(other, 0.5, 1000, 1000);
        assertThat(half.scale()).isCloseTo(Math.sqrt(camera.scale() * other.scale()), within(1e-9));
    }

    }
