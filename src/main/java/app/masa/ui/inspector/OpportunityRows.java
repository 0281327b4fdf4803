package app.masa.ui.inspector;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import app.masa.model.OpportunityDetails;
import app.masa.model.OpportunityStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.ComboBox;

/**
 * The rows of the card inspector that make an opportunity a decision: impact and effort (1 to 5),
 * owner, status, and the pain point or touchpoint it answers.
 */
final class OpportunityRows {
    private static final List<String> LEVELS = List.of("inspector.opportunity.level.1", "inspector.opportunity.level.2",
            "inspector.opportunity.level.3", "inspector.opportunity.level.4", "inspector.opportunity.level.5");

    private OpportunityRows() {
    }

    static void add(InspectorForm form, FieldBinder fields, Supplier<JourneyMap> map, Supplier<Card> card,
                    Consumer<UnaryOperator<Card>> change) {
        score(form, fields, card, change, "inspector.opportunity.impact", "inspector-opportunity-impact",
                OpportunityDetails::impact, OpportunityDetails::withImpact);
        score(form, fields, card, change, "inspector.opportunity.effort", "inspector-opportunity-effort",
                OpportunityDetails::effort, OpportunityDetails::withEffort);
        fields.text(form.add("inspector.opportunity.owner", InspectorForm.textField("inspector-opportunity-owner")),
                () -> text(card.get().opportunity().owner()),
                v -> change.accept(c -> c.withOpportunity(c.opportunity().withOwner(v))));

        List<Optional<OpportunityStatus>> statuses = new ArrayList<>();
        statuses.add(Optional.empty());
        for (OpportunityStatus s : OpportunityStatus.values()) {
            statuses.add(Optional.of(s));
        }
        ComboBox<Optional<OpportunityStatus>> status = form.add("inspector.opportunity.status",
                Choices.of("inspector-opportunity-status", statuses, v -> v == null || v.isEmpty()
                        ? Messages.get("inspector.opportunity.notSet")
                        : Messages.get("inspector.opportunity.status." + v.get().name().toLowerCase(Locale.ROOT))));
        fields.value(status.valueProperty(), () -> Optional.ofNullable(card.get().opportunity().status()),
                v -> change.accept(c -> c.withOpportunity(c.opportunity().withStatus(v == null ? null : v.orElse(null)))));

        List<Optional<String>> answerable = new ArrayList<>();
        answerable.add(Optional.empty());
        for (Card other : map.get().cards()) {
            if (other.type() == CardType.PAIN_POINT || other.type() == CardType.TOUCHPOINT) {
                answerable.add(Optional.of(other.id()));
            }
        }
        ComboBox<Optional<String>> answers = form.add("inspector.opportunity.answers",
                Choices.of("inspector-opportunity-answers", answerable, v -> v == null || v.isEmpty()
                        ? Messages.get("inspector.opportunity.notSet")
                        : map.get().card(v.get()).map(Card::title).orElse(v.get())));
        fields.value(answers.valueProperty(), () -> Optional.ofNullable(card.get().opportunity().answers()),
                v -> change.accept(c -> c.withOpportunity(c.opportunity().withAnswers(v == null ? null : v.orElse(null)))));
    }

    private static void score(InspectorForm form, FieldBinder fields, Supplier<Card> card,
                              Consumer<UnaryOperator<Card>> change, String labelKey, String id,
                              Function<OpportunityDetails, Integer> read,
                              BiFunction<OpportunityDetails, Integer, OpportunityDetails> write) {
        List<Optional<Integer>> levels = new ArrayList<>();
        levels.add(Optional.empty());
        for (int i = OpportunityDetails.MIN; i <= OpportunityDetails.MAX; i++) {
            levels.add(Optional.of(i));
        }
        ComboBox<Optional<Integer>> box = form.add(labelKey, Choices.of(id, levels, v -> v == null || v.isEmpty()
                ? Messages.get("inspector.opportunity.notSet")
                : Messages.get(LEVELS.get(v.get() - OpportunityDetails.MIN))));
        fields.value(box.valueProperty(), () -> Optional.ofNullable(read.apply(card.get().opportunity())),
                v -> change.accept(c -> c.withOpportunity(write.apply(c.opportunity(), v == null ? null : v.orElse(null)))));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
