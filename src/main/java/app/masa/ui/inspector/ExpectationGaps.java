package app.masa.ui.inspector;

import app.masa.edit.ScaleLevels;
import app.masa.edit.Edits;
import app.masa.i18n.DirectionMarks;
import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;

/**
 * The gaps between what customers expect and what they experience: the threshold from which a
 * card is flagged, and the flagged cards in journey order, each a link that selects its card.
 */
final class ExpectationGaps {
    private final DocumentSession session;
    private final String mapId;
    private final FieldBinder fields;
    private final VBox flagged = new VBox(2);
    private final VBox box;
    private List<String> shown;

    ExpectationGaps(DocumentSession session, String mapId) {
        this.session = session;
        this.mapId = mapId;
        this.fields = new FieldBinder(session);
        Spinner<Integer> threshold = new Spinner<>(1, JourneyMap.MAX_GAP_THRESHOLD, JourneyMap.DEFAULT_GAP_THRESHOLD);
        threshold.setId("inspector-gap-threshold");
        threshold.setMaxWidth(Double.MAX_VALUE);
        fields.value(threshold.getValueFactory().valueProperty(), () -> map().gapThreshold(),
                v -> session.execute(Edits.changeMap(map(), map().withGapThreshold(
                        v == null ? JourneyMap.DEFAULT_GAP_THRESHOLD : v))));
        Label thresholdLabel = new Label(Messages.get("journey.gaps.threshold"));
        thresholdLabel.getStyleClass().add("field-label");
        thresholdLabel.setLabelFor(threshold);
        Label listLabel = new Label(Messages.get("journey.gaps.flagged"));
        listLabel.getStyleClass().add("field-label");
        flagged.setId("inspector-gaps");
        box = new VBox(3, thresholdLabel, threshold, listLabel, flagged);
        refresh();
    }

    Node node() {
        return box;
    }

    void refresh() {
        fields.refresh();
        JourneyMap map = map();
        List<Card> cards = map.flaggedGaps();
        List<String> signature = cards.stream()
                .map(c -> c.id() + "\u0000" + c.title() + c.score() + c.expectedScore()).toList();
        if (signature.equals(shown)) {
            return;
        }
        shown = signature;
        flagged.getChildren().clear();
        if (cards.isEmpty()) {
            Label none = new Label(Messages.get("journey.gaps.none", map.gapThreshold()));
            none.setWrapText(true);
            none.getStyleClass().add("panel-hint");
            flagged.getChildren().add(none);
            return;
        }
        for (Card c : cards) {
            int gap = c.gap().orElse(0);
            Hyperlink link = new Hyperlink(Messages.get(gap < 0 ? "journey.gaps.below" : "journey.gaps.above",
                    DirectionMarks.quoted(c.title(), Messages.locale()), figure(gap), figure(c.expectedScore()),
                    figure(c.score())));
            link.setId("inspector-gap-" + c.id());
            link.setWrapText(true);
            link.setOnAction(e -> session.selection().selectCards(List.of(c.id())));
            flagged.getChildren().add(link);
        }
    }

    private static String figure(int score) {
        return DirectionMarks.figure(ScaleLevels.signed(score));
    }

    private JourneyMap map() {
        return session.document().map(mapId).orElseThrow();
    }
}
