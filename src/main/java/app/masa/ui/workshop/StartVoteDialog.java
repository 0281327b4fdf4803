package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.model.DotVote;
import app.masa.ui.dialog.Dialogs;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks how the room votes: dots per participant, how many participants, which cards take dots. */
final class StartVoteDialog {
    /** What the facilitator chose. */
    record Choice(int dotsPerParticipant, int participants, VoteScope scope) {
    }

    private static final int USUAL_DOTS = 3;
    private static final int USUAL_PARTICIPANTS = 8;

    private StartVoteDialog() {
    }

    /** Opens the dialog, starting from the settings of the vote the map already has, if any. */
    static Dialog<Choice> create(Window owner, DotVote current) {
        Dialog<Choice> dialog = Dialogs.prepare(new Dialog<>(), owner, "start-vote");
        dialog.setHeaderText(Messages.get("workshop.vote.start.header"));
        Spinner<Integer> dots = spinner("workshop-vote-dots", DotVote.MAX_DOTS_PER_PARTICIPANT,
                current == null ? USUAL_DOTS : current.dotsPerParticipant());
        Spinner<Integer> people = spinner("workshop-vote-participants", DotVote.MAX_PARTICIPANTS,
                current == null ? USUAL_PARTICIPANTS : current.participants());
        ComboBox<VoteScope> scope = new ComboBox<>();
        scope.setId("workshop-vote-scope");
        scope.getItems().setAll(VoteScope.values());
        scope.setValue(current == null ? VoteScope.PAIN_POINTS_AND_OPPORTUNITIES : VoteScope.of(current.eligible()));
        scope.setCellFactory(list -> new ScopeCell());
        scope.setButtonCell(new ScopeCell());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(Messages.get("workshop.vote.dots")), dots);
        grid.addRow(1, new Label(Messages.get("workshop.vote.participants")), people);
        grid.addRow(2, new Label(Messages.get("workshop.vote.scope")), scope);
        Label note = new Label(Messages.get("workshop.vote.start.note"));
        note.getStyleClass().add("panel-hint");
        note.setWrapText(true);
        note.setMaxWidth(360);
        grid.add(note, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);

        ButtonType start = new ButtonType(Messages.get("workshop.vote.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(start, cancel);
        dialog.setResultConverter(button -> {
            if (button != start) {
                return null;
            }
            // A number typed but not yet confirmed with Enter still counts.
            dots.increment(0);
            people.increment(0);
            return new Choice(dots.getValue(), people.getValue(), scope.getValue());
        });
        return dialog;
    }

    static Optional<Choice> ask(Window owner, DotVote current) {
        return create(owner, current).showAndWait();
    }

    private static Spinner<Integer> spinner(String id, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(1, max, Math.min(max, Math.max(1, value)));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }

    private static final class ScopeCell extends ListCell<VoteScope> {
        @Override
        protected void updateItem(VoteScope item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.get(item.messageKey()));
        }
    }
}
