package app.masa.ui.analysis;

import app.masa.i18n.SignedNumber;
import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.model.Nps;
import app.masa.model.Stage;
import app.masa.ui.session.DocumentSession;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The NPS answers of one stage in the inspector: counts of promoters, passives and detractors, with
 * the score and the three shares worked out from them, the source and the date. Each change is one
 * undoable step.
 */
public final class StageNpsEditor {
    private final FigureEditor<Nps> editor;
    private final Label score = new Label();

    public StageNpsEditor(DocumentSession session, String mapId, String stageId) {
        editor = new FigureEditor<>(session, mapId, "inspector-nps", "inspector.metrics.nps.heading",
                map -> map.stage(stageId).map(Stage::nps), (map, nps) -> {
                    Stage before = map.stage(stageId).orElseThrow();
                    return Edits.changeStage(mapId, before, before.withNps(nps));
                });
        count("promoters", Nps::promoters, (n, v) -> n.withCounts(v, n.passives(), n.detractors()));
        count("passives", Nps::passives, (n, v) -> n.withCounts(n.promoters(), v, n.detractors()));
        count("detractors", Nps::detractors, (n, v) -> n.withCounts(n.promoters(), n.passives(), v));
        score.setId("inspector-nps-score");
        score.setWrapText(true);
        editor.addDerived(Messages.get("inspector.metrics.nps.score"), score);
        editor.finish(Nps::source, Nps::date, Nps::withSource, Nps::withDate);
        refresh();
    }

    public Node node() {
        return editor.node();
    }

    public void refresh() {
        if (editor.refresh()) {
            score.setText(describe(editor.figures(), editor.map().language()));
        }
    }

    /** "+40 (60% promoters, 20% passives, 20% detractors)", or a note that there are no answers yet. */
    static String describe(Nps nps, String languageTag) {
        if (nps.score().isEmpty()) {
            return Messages.get("inspector.metrics.nps.none");
        }
        Locale locale = Locale.forLanguageTag(languageTag);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        String signed = SignedNumber.inText(nps.score().getAsDouble(), NumberFormat.getIntegerInstance(locale));
        return Messages.get("inspector.metrics.nps.summary", signed, percent.format(nps.promoterShare().getAsDouble()),
                percent.format(nps.passiveShare().getAsDouble()), percent.format(nps.detractorShare().getAsDouble()));
    }

    /** A count of answers; a blank field means none. */
    private NumberField count(String name, ToLongFunction<Nps> read, NpsChange write) {
        Function<Nps, String> shown = n -> read.applyAsLong(n) == 0 && n.answers() == 0 ? ""
                : NumberText.format(read.applyAsLong(n), editor.map().language());
        String label = Messages.get("inspector.metrics.nps." + name);
        return editor.count(name, label, shown, (n, v) -> write.change(n, v), 0L);
    }

    @FunctionalInterface
    interface NpsChange {
        Nps change(Nps nps, long value);
    }
}
