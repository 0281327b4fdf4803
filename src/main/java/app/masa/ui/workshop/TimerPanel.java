package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The time-box controls: preset and custom lengths, start or pause, reset, and the digits. Picking a
 * length starts it: the facilitator says "five minutes" and clicks once, not twice.
 */
final class TimerPanel extends VBox {
    static final List<Integer> PRESET_MINUTES = List.of(1, 3, 5, 10, 15);
    private static final int MAX_CUSTOM_MINUTES = 600;

    private final Countdown countdown;

    TimerPanel(Countdown countdown) {
        this.countdown = countdown;
        getStyleClass().add("timer-panel");
        setId("workshop-timer-panel");
        ToggleGroup lengths = new ToggleGroup();
        HBox presets = new HBox(4);
        presets.setAlignment(Pos.CENTER);
        for (int minutes : PRESET_MINUTES) {
            ToggleButton preset = new ToggleButton(Messages.get("workshop.timer.minutes", minutes));
            preset.setId("workshop-timer-preset-" + minutes);
            preset.setToggleGroup(lengths);
            preset.setSelected(Duration.ofMinutes(minutes).equals(countdown.duration()));
            preset.setOnAction(e -> {
                // A second click on the picked length would unpick it; it stays picked and starts again.
                lengths.selectToggle(preset);
                startFor(Duration.ofMinutes(minutes));
            });
            presets.getChildren().add(preset);
        }
        Spinner<Integer> custom = new Spinner<>(1, MAX_CUSTOM_MINUTES, (int) Math.max(1, countdown.duration().toMinutes()));
        custom.setId("workshop-timer-custom");
        custom.setEditable(true);
        custom.setPrefWidth(90);
        Button setCustom = new Button(Messages.get("workshop.timer.custom.set"));
        setCustom.setId("workshop-timer-custom-set");
        setCustom.setOnAction(e -> {
            custom.increment(0);
            lengths.selectToggle(null);
            startFor(Duration.ofMinutes(custom.getValue()));
        });
        HBox customRow = new HBox(6, new Label(Messages.get("workshop.timer.custom")), custom, setCustom);
        customRow.setAlignment(Pos.CENTER);

        Button startPause = new Button();
        startPause.setId("workshop-timer-start");
        startPause.getStyleClass().add("accent");
        startPause.textProperty().bind(countdown.stateProperty().map(s -> Messages.get(
                s == Countdown.State.RUNNING ? "workshop.timer.pause" : "workshop.timer.start")));
        startPause.setOnAction(e -> countdown.toggle());
        startPause.setDefaultButton(true);
        Button reset = new Button(Messages.get("workshop.timer.reset"));
        reset.setId("workshop-timer-reset");
        reset.setOnAction(e -> countdown.reset());
        HBox run = new HBox(8, startPause, reset);
        run.setAlignment(Pos.CENTER);

        setSpacing(12);
        setAlignment(Pos.CENTER);
        getChildren().addAll(new TimerDisplay(countdown), run, presets, customRow);
    }

    private void startFor(Duration length) {
        countdown.setDuration(length);
        countdown.start();
    }

    Countdown countdown() {
        return countdown;
    }
}
