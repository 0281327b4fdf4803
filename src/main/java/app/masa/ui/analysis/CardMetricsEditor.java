package app.masa.ui.analysis;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Metrics;
import app.masa.ui.session.DocumentSession;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The figures of one touchpoint in the inspector: reach, conversions, the conversion rate worked out
 * from them (never typed), CSAT, cost in the map's currency, where the figures come from and when.
 * Each change is one undoable step.
 */
public final class CardMetricsEditor {
    private final FigureEditor<Metrics> editor;
    private final Label costLabel;
    private final Label rate = new Label();

    public CardMetricsEditor(DocumentSession session, String mapId, String cardId) {
        editor = new FigureEditor<>(session, mapId, "inspector-metrics", "inspector.metrics.heading",
                map -> map.card(cardId).map(Card::metrics), (map, metrics) -> {
                    Card before = map.card(cardId).orElseThrow();
                    return Edits.changeCard(mapId, before, before.withMetrics(metrics));
                });
        count("reach", Metrics::reach, Metrics::withReach);
        count("conversions", Metrics::conversions, Metrics::withConversions);
        rate.setId("inspector-metrics-rate");
        editor.addDerived(Messages.get("inspector.metrics.rate"), rate);
        amount("csat", Metrics::csat, Metrics::withCsat);
        costLabel = editor.labelOf(amount("cost", Metrics::cost, Metrics::withCost));
        editor.finish(Metrics::source, Metrics::date, Metrics::withSource, Metrics::withDate);
        refresh();
    }

    public Node node() {
        return editor.node();
    }

    /** Shows the document's figures again, leaving alone a field that is being typed in. */
    public void refresh() {
        if (!editor.refresh()) {
            return;
        }
        Metrics m = editor.figures();
        JourneyMap map = editor.map();
        rate.setText(m.conversionRate().isPresent()
                ? NumberFormat.getPercentInstance(Locale.forLanguageTag(map.language())).format(m.conversionRate().getAsDouble())
                : Messages.get("inspector.metrics.rate.none"));
        costLabel.setText(Messages.get("inspector.metrics.cost", map.effectiveCurrency()));
    }

    private NumberField count(String name, Function<Metrics, Long> read, BiFunction<Metrics, Long, Metrics> write) {
        String label = Messages.get("inspector.metrics." + name);
        return editor.count(name, label, m -> NumberText.format(read.apply(m), editor.map().language()), write, null);
    }

    private NumberField amount(String name, Function<Metrics, Double> read, BiFunction<Metrics, Double, Metrics> write) {
        String label = Messages.get("inspector.metrics." + name);
        return editor.amount(name, label, m -> NumberText.format(read.apply(m), editor.map().language()), write);
    }
}
