package app.masa.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The time-box with a clock moved by hand: no test waits for real minutes. */
@ExtendWith(ApplicationExtension.class)
class CountdownTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private Countdown countdown;
    private TimerDisplay display;

    @Start
    void start(Stage stage) {
        countdown = new Countdown(now::get);
        display = new TimerDisplay(countdown);
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void countsDownPausesAndFinishesAtZero(FxRobot robot) {
        robot.interact(() -> {
            countdown.setDuration(Duration.ofMinutes(5));
            countdown.start();
            advance(Duration.ofSeconds(30));
            countdown.tick();
        });
        assertThat(countdown.state()).isEqualTo(Countdown.State.RUNNING);
        assertThat(countdown.remaining()).isEqualTo(Duration.ofSeconds(270));
        assertThat(display.getText()).isEqualTo("4:30");

        robot.interact(() -> {
            countdown.pause();
            advance(Duration.ofMinutes(2));
            countdown.tick();
        });
        assertThat(countdown.state()).isEqualTo(Countdown.State.PAUSED);
        assertThat(countdown.remaining()).isEqualTo(Duration.ofSeconds(270));

        robot.interact(() -> {
            countdown.start();
            advance(Duration.ofSeconds(269));
            countdown.tick();
        });
        assertThat(countdown.state()).isEqualTo(Countdown.State.RUNNING);
        assertThat(display.getText()).isEqualTo("0:01");
        assertThat(display.signalsTimeUp()).isFalse();

        robot.interact(() -> {
            advance(Duration.ofSeconds(1));
            countdown.tick();
        });
        assertThat(countdown.state()).isEqualTo(Countdown.State.FINISHED);
        assertThat(countdown.remaining()).isEqualTo(Duration.ZERO);
        assertThat(display.getText()).isEqualTo("0:00");
        assertThat(display.signalsTimeUp()).isTrue();
    }

    @Test
    void resetGoesBackToTheFullTimeAndStops(FxRobot robot) {
        robot.interact(() -> {
            countdown.setDuration(Duration.ofMinutes(3));
            countdown.start();
            advance(Duration.ofMinutes(1));
            countdown.tick();
            countdown.reset();
            advance(Duration.ofMinutes(1));
            countdown.tick();
        });
        assertThat(countdown.state()).isEqualTo(Countdown.State.READY);
        assertThat(countdown.remaining()).isEqualTo(Duration.ofMinutes(3));
        assertThat(display.signalsTimeUp()).isFalse();
    }

    @Test
    void startingAgainAfterTheEndRunsTheWholeLengthAgain(FxRobot robot) {
        robot.interact(() -> {
            countdown.setDuration(Duration.ofMinutes(1));
            countdown.start();
            advance(Duration.ofMinutes(2));
            countdown.tick();
            countdown.toggle();
            advance(Duration.ofSeconds(15));
            countdown.tick();
        });
        assertThat(countdown.state()).isEqualTo(Countdown.State.RUNNING);
        assertThat(countdown.remaining()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void pickingAPresetSetsTheLengthAndStartsIt(FxRobot robot) {
        robot.interact(() -> {
            TimerPanel panel = new TimerPanel(countdown);
            new javafx.scene.Scene(panel);
            ((javafx.scene.control.ToggleButton) panel.lookup("#workshop-timer-preset-10")).fire();
        });
        assertThat(countdown.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(countdown.state()).isEqualTo(Countdown.State.RUNNING);
        robot.interact(() -> {
            advance(Duration.ofSeconds(20));
            countdown.tick();
        });
        assertThat(countdown.remaining()).isEqualTo(Duration.ofSeconds(580));
    }

    @Test
    void pickingTheRunningPresetAgainStartsItOverAndKeepsItPicked(FxRobot robot) {
        javafx.scene.control.ToggleButton[] three = new javafx.scene.control.ToggleButton[1];
        robot.interact(() -> {
            TimerPanel panel = new TimerPanel(countdown);
            new javafx.scene.Scene(panel);
            three[0] = (javafx.scene.control.ToggleButton) panel.lookup("#workshop-timer-preset-3");
            three[0].fire();
            advance(Duration.ofSeconds(50));
            countdown.tick();
            three[0].fire();
        });
        assertThat(three[0].isSelected()).isTrue();
        assertThat(countdown.state()).isEqualTo(Countdown.State.RUNNING);
        assertThat(countdown.remaining()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aLengthOfNothingIsRefused() {
        assertThatThrownBy(() -> countdown.setDuration(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsMinutesAndSecondsRoundingUp() {
        assertThat(Countdown.format(Duration.ofMillis(61_200))).isEqualTo("1:02");
        assertThat(Countdown.format(Duration.ofMinutes(75))).isEqualTo("1:15:00");
        assertThat(Countdown.format(Duration.ZERO)).isEqualTo("0:00");
    }
}
