package app.masa.ui.inspector;

import app.masa.edit.ScaleLevels;
import app.masa.edit.Edits;
import app.masa.i18n.DirectionMarks;
import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Facing;
import app.masa.model.JourneyMap;
import app.masa.model.Presence;
import app.masa.model.TouchpointDetails;
import app.masa.model.TouchpointQuestion;
import app.masa.ui.session.DocumentSession;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * The guided form of a touchpoint card: the method's questions, each a prompt with an optional
 * answer, plus presence, who faces the customer, the owner, the expected score beside the
 * experienced one, and where the customer comes from and goes next. Shown under the card's own
 * fields while the card is a touchpoint.
 */
final class TouchpointSection {
    private final DocumentSession session;
    private final String mapId;
    private final String cardId;
    private final FieldBinder fields;
    private final VBox box = new VBox();
    private final ComboBox<Optional<Integer>> expected;
    private final Label experienced = new Label();
    private final Map<TouchpointQuestion, Node[]> questionRows = new EnumMap<>(TouchpointQuestion.class);
    private final TouchpointFlow flow;

    TouchpointSection(DocumentSession session, String mapId, String cardId) {
        this.session = session;
        this.mapId = mapId;
        this.cardId = cardId;
        this.fields = new FieldBinder(session);
        box.setId("inspector-touchpoint");
        // Inside the card's form already: its spacing, without a second frame of padding.
        box.setSpacing(3);
        box.setPadding(new Insets(14, 0, 0, 0));
        Label heading = new Label(Messages.get("touchpoint.heading"));
        heading.getStyleClass().add("panel-heading");
        box.getChildren().add(heading);
        hint(Messages.get("touchpoint.hint"));

        expected = add("touchpoint.expected", Choices.of("inspector-touchpoint-expected", List.of(), this::scoreName));
        fillScores();
        fields.value(expected.valueProperty(), () -> Optional.ofNullable(card().expectedScore()),
                v -> change(t -> t.withExpectedScore(v == null ? null : v.orElse(null))));
        experienced.setId("inspector-touchpoint-experienced");
        experienced.setWrapText(true);
        experienced.setMinWidth(0);
        experienced.setMaxWidth(Double.MAX_VALUE);
        experienced.getStyleClass().add("panel-hint");
        box.getChildren().add(experienced);

        ComboBox<Optional<Presence>> presence = add("touchpoint.presence", Choices.of("inspector-touchpoint-presence",
                options(Presence.values()), v -> name("touchpoint.presence.", v)));
        fields.value(presence.valueProperty(), () -> Optional.ofNullable(card().touchpoint().presence()),
                v -> change(t -> t.withPresence(v == null ? null : v.orElse(null))));
        ComboBox<Optional<Facing>> facing = add("touchpoint.facing", Choices.of("inspector-touchpoint-facing",
                options(Facing.values()), v -> name("touchpoint.facing.", v)));
        fields.value(facing.valueProperty(), () -> Optional.ofNullable(card().touchpoint().facing()),
                v -> change(t -> t.withFacing(v == null ? null : v.orElse(null))));
        fields.text(add("touchpoint.owner", InspectorForm.textField("inspector-touchpoint-owner")),
                () -> card().touchpoint().owner(), v -> change(t -> t.withOwner(v.strip().isEmpty() ? "" : v)),
                String::strip);

        flow = new TouchpointFlow(session, mapId, cardId);
        box.getChildren().add(flow.node());

        for (TouchpointQuestion q : TouchpointQuestion.values()) {
            String key = "touchpoint.question." + q.name().toLowerCase(Locale.ROOT);
            Label prompt = new Label(Messages.get(key));
            prompt.setWrapText(true);
            prompt.setMinWidth(0);
            prompt.setMaxWidth(Double.MAX_VALUE);
            prompt.getStyleClass().add("field-label");
            TextArea answer = InspectorForm.textArea("inspector-touchpoint-" + q.name().toLowerCase(Locale.ROOT), 2);
            answer.setPromptText(Messages.get("touchpoint.answer.prompt"));
            prompt.setLabelFor(answer);
            growWithText(answer);
            fields.text(answer, () -> card().touchpoint().answer(q), v -> change(t -> t.withAnswer(q, v)));
            questionRows.put(q, new Node[] {prompt, answer});
            box.getChildren().addAll(prompt, answer);
        }
        refresh();
    }

    Node node() {
        return box;
    }

    void refresh() {
        Optional<Card> current = map().card(cardId);
        if (current.isEmpty()) {
            return;
        }
        Card card = current.get();
        boolean shown = card.type() == CardType.TOUCHPOINT;
        box.setVisible(shown);
        box.setManaged(shown);
        if (!shown) {
            return;
        }
        fillScores();
        fields.refresh();
        experienced.setText(experiencedText(card));
        for (Map.Entry<TouchpointQuestion, Node[]> row : questionRows.entrySet()) {
            boolean asked = offers(row.getKey(), card.channel());
            for (Node n : row.getValue()) {
                n.setVisible(asked);
                n.setManaged(asked);
            }
        }
        flow.refresh();
    }

    /** "Experienced: +1 (Positive) · gap −2", so the two scores are read side by side. */
    private String experiencedText(Card card) {
        if (card.score() == null) {
            return Messages.get("touchpoint.experienced.none");
        }
        String score = Messages.get("touchpoint.experienced", scoreName(Optional.of(card.score())));
        if (card.gap().isEmpty()) {
            return score;
        }
        return Messages.get("touchpoint.experienced.gap", score,
                DirectionMarks.figure(ScaleLevels.signed(card.gap().getAsInt())));
    }

    /** Text areas start small and grow with what is typed, up to a point, so the form stays scannable. */
    private static void growWithText(TextArea area) {
        area.textProperty().addListener((o, old, text) -> {
            int lines = 1;
            for (String line : text.split("\n", -1)) {
                lines += Math.max(1, (line.length() + 39) / 40);
            }
            area.setPrefRowCount(Math.max(2, Math.min(8, lines - 1)));
        });
    }

    private <N extends Node> N add(String labelKey, N control) {
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        if (control instanceof javafx.scene.layout.Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        box.getChildren().addAll(label, control);
        return control;
    }

    private void hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.setMinWidth(0);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.getStyleClass().add("panel-hint");
        box.getChildren().add(hint);
    }

    private void fillScores() {
        ScoreChoices.fill(expected, map().scale());
    }

    private String scoreName(Optional<Integer> value) {
        return ScoreChoices.name(value, map().scale());
    }

    private static <E extends Enum<E>> List<Optional<E>> options(E[] values) {
        List<Optional<E>> options = new ArrayList<>();
        options.add(Optional.empty());
        for (E v : values) {
            options.add(Optional.of(v));
        }
        return options;
    }

    private static <E extends Enum<E>> String name(String prefix, Optional<E> value) {
        return value == null || value.isEmpty() ? Messages.get("touchpoint.unanswered")
                : Messages.get(prefix + value.get().name().toLowerCase(Locale.ROOT));
    }

    private JourneyMap map() {
        return session.document().map(mapId).orElseThrow();
    }

    private Card card() {
        return map().card(cardId).orElseThrow();
    }

    private void change(UnaryOperator<TouchpointDetails> edit) {
        Card before = card();
        Card after = before.withTouchpoint(edit.apply(before.touchpoint()));
        if (!after.equals(before)) {
            session.execute(Edits.changeCard(mapId, before, after));
        }
    }

    /** Notes are always offered; the delivery question only for deliveries. */
    private static boolean offers(TouchpointQuestion q, Channel channel) {
        return q == TouchpointQuestion.NOTES || q.isAskedFor(channel);
    }
}
