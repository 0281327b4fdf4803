package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The vote at the facilitator's hand in the editor: the tally, close or reopen, clear the dots,
 * start a new vote, and a switch that turns clicks on cards into dots.
 */
final class VotePanel extends VBox {
    private static final int TALLY_ROWS = 30;

    private final VoteActions votes;
    private final TallyView tally = new TallyView(TALLY_ROWS);
    private final Button closeOrReopen = new Button();
    private final Button clear = new Button(Messages.get("workshop.vote.clearDots"));
    private final ToggleButton clickToDot = new ToggleButton(Messages.get("workshop.vote.clickToDot"));
    private final Label message = new Label();

    VotePanel(VoteActions votes, BooleanProperty dotByClick, Runnable startNew) {
        this.votes = votes;
        getStyleClass().add("vote-panel");
        setId("workshop-vote-panel");
        Button start = new Button(Messages.get("workshop.vote.new"));
        start.setId("workshop-vote-new");
        start.setOnAction(e -> startNew.run());
        closeOrReopen.setId("workshop-vote-close");
        closeOrReopen.setOnAction(e -> {
            DotVote vote = votes.vote();
            if (vote != null && vote.open()) {
                votes.close();
            } else {
                votes.reopen();
            }
        });
        clear.setId("workshop-vote-clear");
        clear.setOnAction(e -> votes.clearDots());
        clickToDot.setId("workshop-vote-click-to-dot");
        clickToDot.selectedProperty().bindBidirectional(dotByClick);
        // Wrapped rather than cut short when the window docks narrow beside the map.
        FlowPane buttons = new FlowPane(6, 6, start, closeOrReopen, clear);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Messages.get("workshop.vote.hint"));
        hint.getStyleClass().add("panel-hint");
        hint.setWrapText(true);
        message.getStyleClass().add("vote-message");
        message.setId("workshop-vote-message");
        message.setWrapText(true);
        ScrollPane scroll = new ScrollPane(tally);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setSpacing(10);
        getChildren().addAll(buttons, clickToDot, hint, message, scroll);
        votes.session().documentProperty().addListener((o, a, b) -> refresh());
        votes.session().currentMapIdProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Shows why a dot was refused, until the next change. */
    void say(String text) {
        message.setText(text);
    }

    private void refresh() {
        JourneyMap map = votes.session().currentMap();
        tally.show(map);
        DotVote vote = map.standingVote();
        closeOrReopen.setText(Messages.get(vote != null && !vote.open() ? "workshop.vote.reopen" : "workshop.vote.close"));
        closeOrReopen.setDisable(vote == null);
        clear.setDisable(vote == null || vote.dots().isEmpty());
        clickToDot.setDisable(vote == null || !vote.open());
        message.setText("");
    }
}
