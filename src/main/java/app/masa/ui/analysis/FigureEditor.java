package app.masa.ui.analysis;

import app.masa.edit.Command;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.model.MetricSource;
import app.masa.ui.session.DocumentSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The figures of one element of a map in the inspector (a touchpoint's metrics, a stage's NPS
 * answers): number fields that refuse what is not a count or a number, where the figures come from
 * and when, and a line for the last problem. Each change is one undoable step. Cards and stages
 * differ only in which figures they carry and in the command that gives them new ones.
 *
 * @param <F> the figures record the element carries
 */
final class FigureEditor<F> {
    private final DocumentSession session;
    private final String mapId;
    private final String id;
    private final Function<JourneyMap, Optional<F>> read;
    private final BiFunction<JourneyMap, F, Command> write;
    private final FigureForm form;
    private final List<Runnable> refreshers = new ArrayList<>();

    /**
     * @param read  the element's figures on the map, empty once the element is gone
     * @param write the command that gives the element new figures
     */
    FigureEditor(DocumentSession session, String mapId, String id, String headingKey,
                 Function<JourneyMap, Optional<F>> read, BiFunction<JourneyMap, F, Command> write) {
        this.session = session;
        this.mapId = mapId;
        this.id = id;
        this.read = read;
        this.write = write;
        this.form = new FigureForm(id, headingKey);
    }

    /**
     * A whole-number field; a blank field sets {@code whenBlank} (null clears the figure), anything
     * negative or with a fraction is refused with a sentence naming the field.
     */
    NumberField count(String name, String labelText, Function<F, String> shown, BiFunction<F, Long, F> change,
                      Long whenBlank) {
        NumberField field = new NumberField(id + "-" + name, () -> shown.apply(figures()), text -> {
            if (text.isBlank()) {
                return apply(() -> change.apply(figures(), whenBlank));
            }
            double v = text.number().orElse(-1);
            if (v < 0 || v != Math.rint(v)) {
                return form.refuse(Messages.get("inspector.metrics.badCount", labelText));
            }
            return apply(() -> change.apply(figures(), (long) v));
        });
        return added(labelText, field);
    }

    /** A field for any number; a blank field clears the figure. */
    NumberField amount(String name, String labelText, Function<F, String> shown, BiFunction<F, Double, F> change) {
        NumberField field = new NumberField(id + "-" + name, () -> shown.apply(figures()), text -> {
            if (text.isBlank()) {
                return apply(() -> change.apply(figures(), null));
            }
            if (text.number().isEmpty()) {
                return form.refuse(Messages.get("inspector.metrics.notNumber", text.raw()));
            }
            return apply(() -> change.apply(figures(), text.number().getAsDouble()));
        });
        return added(labelText, field);
    }

    /** A line worked out from the figures, never typed (a rate, a score). */
    void addDerived(String labelText, Label derived) {
        form.add(labelText, derived);
    }

    /** Where the figures come from and when, then the line for the last problem. */
    void finish(Function<F, MetricSource> source, Function<F, LocalDate> date,
                BiFunction<F, MetricSource, F> withSource, BiFunction<F, LocalDate, F> withDate) {
        SourceAndDate sourceAndDate = new SourceAndDate(id, () -> source.apply(figures()), () -> date.apply(figures()),
                s -> apply(() -> withSource.apply(figures(), s)), d -> apply(() -> withDate.apply(figures(), d)));
        form.add(Messages.get("inspector.metrics.source"), sourceAndDate.source());
        form.add(Messages.get("inspector.metrics.date"), sourceAndDate.date());
        refreshers.add(sourceAndDate::refresh);
        form.addProblemLine();
    }

    Label labelOf(NumberField field) {
        return form.labelOf(field.node());
    }

    Node node() {
        return form.node();
    }

    /**
     * Shows the document's figures again, leaving alone a field that is being typed in; false when
     * the element is no longer on the map, so there is nothing to show.
     */
    boolean refresh() {
        if (session.document().map(mapId).flatMap(read).isEmpty()) {
            return false;
        }
        refreshers.forEach(Runnable::run);
        return true;
    }

    F figures() {
        return read.apply(map()).orElseThrow();
    }

    JourneyMap map() {
        return session.document().map(mapId).orElseThrow();
    }

    /** Applies new figures as one undo step; false, with a message, when they are out of range. */
    private boolean apply(Supplier<F> after) {
        JourneyMap map = map();
        return form.commit(session, after, figures -> write.apply(map, figures));
    }

    private NumberField added(String labelText, NumberField field) {
        form.add(labelText, field.node());
        refreshers.add(field::refresh);
        return field;
    }
}
