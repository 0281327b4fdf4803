package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyMap;
import app.masa.model.Stage;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * What floats over the presented map: the facilitator's pointer, the time-box digits and the vote
 * tally in the top corner at the reading end, where the stage is, and a short message now and then.
 */
final class PresentationOverlays {
    private static final double POINTER_RADIUS = 26;
    private static final int TALLY_ROWS = 8;

    private final StackPane root = new StackPane();
    private final Circle pointer = new Circle(POINTER_RADIUS);
    private final TimerDisplay timer;
    private final TallyView tally = new TallyView(TALLY_ROWS);
    private final Label position = new Label();
    private final Label toast = new Label();
    private final SequentialTransition toastFade;
    private final Countdown countdown;
    private boolean timerWanted;
    private boolean pointerWanted = true;
    private javafx.scene.Node room;

    PresentationOverlays(Countdown countdown) {
        this.countdown = countdown;
        root.setPickOnBounds(false);
        root.setMouseTransparent(true);

        pointer.getStyleClass().add("presentation-pointer");
        pointer.setManaged(false);
        pointer.setVisible(false);
        Pane pointerLayer = new Pane(pointer);
        pointerLayer.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);

        timer = new TimerDisplay(countdown);
        timer.getStyleClass().add("presentation-timer");
        tally.getStyleClass().add("presentation-tally");
        tally.setId("workshop-presentation-tally");
        tally.setVisible(false);
        tally.setManaged(false);
        VBox corner = new VBox(12, timer, tally);
        corner.setAlignment(Pos.TOP_RIGHT);
        corner.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(corner, Pos.TOP_RIGHT);
        StackPane.setMargin(corner, new Insets(24));
        countdown.stateProperty().addListener((o, a, b) -> updateTimer());
        updateTimer();

        position.getStyleClass().add("presentation-position");
        position.setId("workshop-presentation-position");
        StackPane.setAlignment(position, Pos.BOTTOM_LEFT);
        StackPane.setMargin(position, new Insets(18));

        toast.getStyleClass().add("presentation-toast");
        toast.setId("workshop-presentation-toast");
        toast.setWrapText(true);
        toast.setMaxWidth(900);
        toast.setOpacity(0);
        StackPane.setAlignment(toast, Pos.BOTTOM_CENTER);
        StackPane.setMargin(toast, new Insets(60));
        FadeTransition out = new FadeTransition(Duration.millis(400), toast);
        out.setToValue(0);
        toastFade = new SequentialTransition(new PauseTransition(Duration.seconds(3)), out);

        root.getChildren().addAll(position, corner, toast, pointerLayer);
    }

    Node node() {
        return root;
    }

    /** The map or the step changed: the tally and the "stage 2 of 5" line follow. */
    void showMap(JourneyMap map, MapLayout layout, int step) {
        tally.show(map);
        if (step < 0) {
            position.setText(Messages.get("workshop.present.wholeMap", layout.stages().size()));
        } else {
            String stageId = layout.stages().get(step).stageId();
            String name = map.stage(stageId).map(Stage::name).orElse("");
            position.setText(Messages.get("workshop.present.stage", step + 1, layout.stages().size(), name));
        }
    }

    void movePointer(double x, double y) {
        pointer.setCenterX(x);
        pointer.setCenterY(y);
        pointer.setVisible(pointerWanted);
    }

    void hidePointer() {
        pointer.setVisible(false);
    }

    void togglePointer() {
        pointerWanted = !pointerWanted;
        pointer.setVisible(pointerWanted && pointer.isVisible());
    }

    boolean pointerShown() {
        return pointer.isVisible();
    }

    void toggleTally() {
        boolean show = !tally.isVisible();
        tally.setVisible(show);
        tally.setManaged(show);
    }

    boolean tallyShown() {
        return tally.isVisible();
    }

    /** T: shows the timer and starts or pauses it. */
    void toggleTimer() {
        timerWanted = true;
        countdown.toggle();
        updateTimer();
    }

    /** R: back to the full time, and out of sight. */
    void resetTimer() {
        timerWanted = false;
        countdown.reset();
        updateTimer();
    }

    boolean timerShown() {
        return timer.isVisible();
    }

    TimerDisplay timer() {
        return timer;
    }

    /** The room's invitation (QR code, address, code), or none; I shows and hides it. */
    void showRoom(javafx.scene.Node invitation) {
        if (room != null) {
            root.getChildren().remove(room);
        }
        room = invitation;
        if (invitation != null) {
            StackPane.setAlignment(invitation, Pos.TOP_LEFT);
            StackPane.setMargin(invitation, new Insets(24));
            root.getChildren().add(root.getChildren().indexOf(toast), invitation);
        }
    }

    void toggleRoom() {
        if (room != null) {
            room.setVisible(!room.isVisible());
        }
    }

    boolean roomShown() {
        return room != null && room.isVisible();
    }

    void toast(String message) {
        toast.setText(message);
        toast.setOpacity(1);
        toastFade.playFromStart();
    }

    String toastText() {
        return toast.getOpacity() > 0 ? toast.getText() : "";
    }

    private void updateTimer() {
        boolean show = timerWanted || countdown.state() != Countdown.State.READY;
        timer.setVisible(show);
        timer.setManaged(show);
    }
}
