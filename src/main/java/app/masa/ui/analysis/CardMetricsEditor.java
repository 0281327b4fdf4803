package app.masa.ui.analysis;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Metrics;
import app.masa.ui.session.DocumentSession;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The figures of one touchpoint in the inspector: reach, conversions, the conversion rate worked out
 * from them (never typed), CSAT, cost in the map's currency, where the figures come from and when.
 * Each change is one undoable step.
 */
public final class CardMetricsEditor {
    private final DocumentSession session;
    private final String mapId;
    private final String cardId;
    private final FigureForm form = new FigureForm("inspector-metrics", "inspector.metrics.heading");
    private final NumberField reach;
    private final NumberField conversions;
    private final NumberField csat;
    private final NumberField cost;
    private final Label costLabel;
    private final Label rate = new Label();
    private final SourceAndDate sourceAndDate;

    public CardMetricsEditor(DocumentSession session, String mapId, String cardId) {
        this.session = session;
        this.mapId = mapId;
        this.cardId = cardId;
        reach = count("reach", Metrics::reach, Metrics::withReach);
        conversions = count("conversions", Metrics::conversions, Metrics::withConversions);
        rate.setId("inspector-metrics-rate");
        form.add(Messages.get("inspector.metrics.rate"), rate);
        csat = amount("csat", Metrics::csat, Metrics::withCsat);
        cost = amount("cost", Metrics::cost, Metrics::withCost);
        costLabel = form.labelOf(cost.node());
        sourceAndDate = new SourceAndDate("inspector-metrics", () -> card().metrics().source(),
                () -> card().metrics().date(),
                s -> apply(() -> card().metrics().withSource(s)), d -> apply(() -> card().metrics().withDate(d)));
        form.add(Messages.get("inspector.metrics.source"), sourceAndDate.source());
        form.add(Messages.get("inspector.metrics.date"), sourceAndDate.date());
        form.addProblemLine();
        refresh();
    }

    public Node node() {
        return form.node();
    }

    /** Shows the document's figures again, leaving alone a field that is being typed in. */
    public void refresh() {
        if (session.document().map(mapId).flatMap(m -> m.card(cardId)).isEmpty()) {
            return;
        }
        reach.refresh();
        conversions.refresh();
        csat.refresh();
        cost.refresh();
        Metrics m = card().metrics();
        rate.setText(m.conversionRate().isPresent()
                ? NumberFormat.getPercentInstance(Locale.forLanguageTag(map().language())).format(m.conversionRate().getAsDouble())
                : Messages.get("inspector.metrics.rate.none"));
        costLabel.setText(Messages.get("inspector.metrics.cost", map().effectiveCurrency()));
        sourceAndDate.refresh();
    }

    private NumberField count(String name, Function<Metrics, Long> read, MetricsChange<Long> write) {
        NumberField field = new NumberField("inspector-metrics-" + name,
                () -> NumberText.format(read.apply(card().metrics()), map().language()),
                text -> {
                    if (text.isBlank()) {
                        return apply(() -> write.change(card().metrics(), null));
                    }
                    double v = text.number().orElse(-1);
                    if (v < 0 || v != Math.rint(v)) {
                        return form.refuse(Messages.get("inspector.metrics.badCount",
                                Messages.get("inspector.metrics." + name)));
                    }
                    return apply(() -> write.change(card().metrics(), (long) v));
                });
        form.add(Messages.get("inspector.metrics." + name), field.node());
        return field;
    }

    private NumberField amount(String name, Function<Metrics, Double> read, MetricsChange<Double> write) {
        NumberField field = new NumberField("inspector-metrics-" + name,
                () -> NumberText.format(read.apply(card().metrics()), map().language()),
                text -> {
                    if (text.isBlank()) {
                        return apply(() -> write.change(card().metrics(), null));
                    }
                    if (text.number().isEmpty()) {
                        return form.refuse(Messages.get("inspector.metrics.notNumber", text.raw()));
                    }
                    return apply(() -> write.change(card().metrics(), text.number().getAsDouble()));
                });
        form.add(Messages.get("inspector.metrics." + name), field.node());
        return field;
    }

    /** Applies new figures as one undo step; false, with a message, when the figures are out of range. */
    private boolean apply(Supplier<Metrics> after) {
        Card before = card();
        return form.commit(session, after, metrics -> Edits.changeCard(mapId, before, before.withMetrics(metrics)));
    }

    private JourneyMap map() {
        return session.document().map(mapId).orElseThrow();
    }

    private Card card() {
        return map().card(cardId).orElseThrow();
    }

    /** A figure written into a copy of the metrics (the record refuses figures out of range). */
    @FunctionalInterface
    interface MetricsChange<T> {
        Metrics change(Metrics metrics, T value);
    }
}
