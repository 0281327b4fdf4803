package app.masa.ui.inspector;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.Evidence;
import app.masa.model.Evidence.Backing;
import app.masa.model.MetricSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;

/**
 * The rows of the card inspector that say how well research backs the card: unmarked, an
 * assumption still to check, or backed by evidence from a source on a date.
 */
final class EvidenceRows {
    private EvidenceRows() {
    }

    static void add(InspectorForm form, FieldBinder fields, Supplier<Card> card, Consumer<UnaryOperator<Card>> change) {
        List<Optional<Backing>> backings = new ArrayList<>();
        backings.add(Optional.empty());
        for (Backing b : Backing.values()) {
            backings.add(Optional.of(b));
        }
        ComboBox<Optional<Backing>> backing = form.add("inspector.card.evidence",
                Choices.of("inspector-card-evidence", backings, EvidenceRows::backingName));
        fields.value(backing.valueProperty(), () -> Optional.ofNullable(card.get().evidence().backing()),
                v -> change.accept(c -> c.withEvidence(backed(c.evidence(), v == null ? null : v.orElse(null)))));

        List<Optional<MetricSource>> sources = new ArrayList<>();
        sources.add(Optional.empty());
        for (MetricSource s : MetricSource.values()) {
            sources.add(Optional.of(s));
        }
        ComboBox<Optional<MetricSource>> source = form.add("inspector.card.evidenceSource",
                Choices.of("inspector-card-evidence-source", sources, EvidenceRows::sourceName));
        fields.value(source.valueProperty(), () -> Optional.ofNullable(card.get().evidence().source()),
                v -> change.accept(c -> c.withEvidence(new Evidence(Backing.EVIDENCE, v == null ? null : v.orElse(null),
                        c.evidence().date(), c.evidence().extras()))));

        DatePicker date = form.add("inspector.card.evidenceDate", new DatePicker());
        date.setId("inspector-card-evidence-date");
        date.setMaxWidth(Double.MAX_VALUE);
        fields.value(date.valueProperty(), () -> card.get().evidence().date(),
                v -> change.accept(c -> c.withEvidence(new Evidence(Backing.EVIDENCE, c.evidence().source(), v,
                        c.evidence().extras()))));

        // A source and a date belong to evidence; an assumption or an unmarked card has neither.
        var notBacked = backing.valueProperty().isNotEqualTo(Optional.of(Backing.EVIDENCE));
        source.disableProperty().bind(notBacked);
        date.disableProperty().bind(notBacked);
    }

    /** The card's evidence with another backing; the source and date stay only with evidence. */
    static Evidence backed(Evidence before, Backing backing) {
        if (backing == null) {
            return Evidence.NONE;
        }
        if (backing == Backing.ASSUMPTION) {
            return new Evidence(Backing.ASSUMPTION, null, null, before.extras());
        }
        return new Evidence(Backing.EVIDENCE, before.source(), before.date(), before.extras());
    }

    private static String backingName(Optional<Backing> value) {
        return value == null || value.isEmpty() ? Messages.get("inspector.card.evidence.none")
                : Messages.get("inspector.card.evidence." + value.get().name().toLowerCase(Locale.ROOT));
    }

    private static String sourceName(Optional<MetricSource> value) {
        return value == null || value.isEmpty() ? Messages.get("inspector.metrics.source.none")
                : Messages.get("inspector.metrics.source." + value.get().name().toLowerCase(Locale.ROOT));
    }
}
