package app.masa.ui.analysis;

import app.masa.i18n.SignedNumber;
import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.model.Nps;
import app.masa.model.Stage;
import app.masa.ui.session.DocumentSession;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The NPS answers of one stage in the inspector: counts of promoters, passives and detractors, with
 * the score and the three shares worked out from them, the source and the date. Each change is one
 * undoable step.
 */
public final class StageNpsEditor {
    private final DocumentSession session;
    private final String mapId;
    private final String stageId;
    private final FigureForm form = new FigureForm("inspector-nps", "inspector.metrics.nps.heading");
    private final NumberField promoters;
    private final NumberField passives;
    private final NumberField detractors;
    private final Label score = new Label();
    private final SourceAndDate sourceAndDate;

    public StageNpsEditor(DocumentSession session, String mapId, String stageId) {
        this.session = session;
        this.mapId = mapId;
        this.stageId = stageId;
        promoters = count("promoters", Nps::promoters, (n, v) -> n.withCounts(v, n.passives(), n.detractors()));
        passives = count("passives", Nps::passives, (n, v) -> n.withCounts(n.promoters(), v, n.detractors()));
        detractors = count("detractors", Nps::detractors, (n, v) -> n.withCounts(n.promoters(), n.passives(), v));
        score.setId("inspector-nps-score");
        score.setWrapText(true);
        form.add(Messages.get("inspector.metrics.nps.score"), score);
        sourceAndDate = new SourceAndDate("inspector-nps", () -> stage().nps().source(), () -> stage().nps().date(),
                s -> apply(() -> stage().nps().withSource(s)), d -> apply(() -> stage().nps().withDate(d)));
        form.add(Messages.get("inspector.metrics.source"), sourceAndDate.source());
        form.add(Messages.get("inspector.metrics.date"), sourceAndDate.date());
        form.addProblemLine();
        refresh();
    }

    public Node node() {
        return form.node();
    }

    public void refresh() {
        if (session.document().map(mapId).flatMap(m -> m.stage(stageId)).isEmpty()) {
            return;
        }
        promoters.refresh();
        passives.refresh();
        detractors.refresh();
        score.setText(describe(stage().nps(), map().language()));
        sourceAndDate.refresh();
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

    private NumberField count(String name, ToLongFunction<Nps> read, NpsChange write) {
        Function<Nps, String> shown = n -> read.applyAsLong(n) == 0 && n.answers() == 0 ? ""
                : NumberText.format(read.applyAsLong(n), map().language());
        NumberField field = new NumberField("inspector-nps-" + name, () -> shown.apply(stage().nps()), text -> {
            double v = text.isBlank() ? 0 : text.number().orElse(-1);
            if (v < 0 || v != Math.rint(v)) {
                return form.refuse(Messages.get("inspector.metrics.badCount",
                        Messages.get("inspector.metrics.nps." + name)));
            }
            return apply(() -> write.change(stage().nps(), (long) v));
        });
        form.add(Messages.get("inspector.metrics.nps." + name), field.node());
        return field;
    }

    /** Applies new figures as one undo step; false, with a message, when they are out of range. */
    private boolean apply(Supplier<Nps> after) {
        Stage before = stage();
        return form.commit(session, after, nps -> Edits.changeStage(mapId, before, before.withNps(nps)));
    }

    private JourneyMap map() {
        return session.document().map(mapId).orElseThrow();
    }

    private Stage stage() {
        return map().stage(stageId).orElseThrow();
    }

    @FunctionalInterface
    interface NpsChange {
        Nps change(Nps nps, long value);
    }
}
