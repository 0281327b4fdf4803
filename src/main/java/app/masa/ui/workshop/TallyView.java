package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import app.masa.model.VoteCount;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The ranking of a vote: rank, card title and dots, most dots first, under a line saying how many
 * dots are left. Rebuilt from the map whenever it changes; a vote has tens of cards, not thousands.
 */
final class TallyView extends VBox {
    private final Label summary = new Label();
    private final GridPane rows = new GridPane();
    private final int maxRows;

    TallyView(int maxRows) {
        this.maxRows = maxRows;
        getStyleClass().add("tally");
        summary.getStyleClass().add("tally-summary");
        summary.setId("workshop-tally-summary");
        summary.setWrapText(true);
        rows.getStyleClass().add("tally-rows");
        rows.setHgap(10);
        rows.setVgap(4);
        setSpacing(8);
        getChildren().addAll(summary, rows);
    }

    void show(JourneyMap map) {
        rows.getChildren().clear();
        DotVote vote = map.standingVote();
        if (vote == null) {
            summary.setText(Messages.get("workshop.vote.none"));
            return;
        }
        summary.setText(Messages.get(vote.open() ? "workshop.vote.summary.open" : "workshop.vote.summary.closed",
                vote.dotsGiven(), vote.budget(), vote.dotsLeft()));
        int row = 0;
        for (VoteCount count : vote.tally()) {
            if (row == maxRows) {
                break;
            }
            String title = map.card(count.cardId()).map(Card::title).filter(t -> !t.isBlank())
                    .orElse(Messages.get("workshop.vote.untitled"));
            Label rank = new Label(Messages.get("workshop.vote.rank", count.rank()));
            rank.getStyleClass().add("tally-rank");
            Label name = new Label(title);
            name.getStyleClass().add("tally-title");
            name.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(name, Priority.ALWAYS);
            Label dots = new Label(Messages.get("workshop.vote.dotCount", count.dots()));
            dots.getStyleClass().add("tally-dots");
            dots.setAlignment(Pos.CENTER_RIGHT);
            rows.addRow(row++, rank, name, dots);
        }
        if (row == 0) {
            Label empty = new Label(Messages.get("workshop.vote.noDotsYet"));
            empty.getStyleClass().add("panel-hint");
            rows.addRow(0, empty);
        }
    }
}
