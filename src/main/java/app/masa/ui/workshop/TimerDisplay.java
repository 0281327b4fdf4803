package app.masa.ui.workshop;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * The countdown's big digits, readable from the back of a room. At zero it flashes for a few
 * seconds and then stays in the alarm colour until reset, so a facilitator who looked away still
 * sees that time is up.
 */
final class TimerDisplay extends Label {
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private static final PseudoClass FINISHED = PseudoClass.getPseudoClass("finished");
    private static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");
    private static final int FLASHES = 8;

    private final Timeline flash;
    private boolean flashOn;

    TimerDisplay(Countdown countdown) {
        getStyleClass().add("timer-display");
        setId("workshop-timer-display");
        // Digits and the colon read left to right in every interface language.
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        flash = new Timeline(new KeyFrame(Duration.millis(350), e -> {
            flashOn = !flashOn;
            pseudoClassStateChanged(FLASH, flashOn);
        }));
        flash.setCycleCount(FLASHES);
        flash.setOnFinished(e -> pseudoClassStateChanged(FLASH, false));
        textProperty().bind(countdown.remainingProperty().map(Countdown::format));
        countdown.stateProperty().addListener((o, was, now) -> show(now));
        show(countdown.state());
    }

    private void show(Countdown.State state) {
        pseudoClassStateChanged(RUNNING, state == Countdown.State.RUNNING);
        pseudoClassStateChanged(PAUSED, state == Countdown.State.PAUSED);
        pseudoClassStateChanged(FINISHED, state == Countdown.State.FINISHED);
        if (state == Countdown.State.FINISHED) {
            flashOn = false;
            flash.playFromStart();
        } else {
            flash.stop();
            pseudoClassStateChanged(FLASH, false);
        }
    }

    /** Whether the display is flashing or showing the alarm colour: what the room sees at zero. */
    boolean signalsTimeUp() {
        return getPseudoClassStates().contains(FINISHED);
    }
}
