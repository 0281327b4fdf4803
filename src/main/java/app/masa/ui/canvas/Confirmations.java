package app.masa.ui.canvas;

import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Asks before a delete that takes cards with it; an empty stage or lane goes without a question. */
final class Confirmations {
    private Confirmations() {
    }

    static boolean deleteStage(JourneyMap map, String stageId) {
        long cards = map.cards().stream().filter(c -> c.stageId().equals(stageId)).count();
        String name = map.stage(stageId).map(s -> s.name()).orElse("");
        return cards == 0 || ask(Messages.get("canvas.confirm.deleteStage", name, cards));
    }

    static boolean deleteLane(JourneyMap map, String laneId) {
        long cards = map.cards().stream().filter(c -> c.laneId().equals(laneId)).count();
        String title = map.lane(laneId).map(l -> l.title()).orElse("");
        return cards == 0 || ask(Messages.get("canvas.confirm.deleteLane", title, cards));
    }

    private static boolean ask(String question) {
        ButtonType delete = new ButtonType(Messages.get("canvas.confirm.delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("canvas.confirm.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, delete, keep);
        Dialogs.prepare(alert, Dialogs.activeWindow());
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == delete).isPresent();
    }
}
