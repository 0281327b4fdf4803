package app.masa.i18n;

import static app.masa.i18n.KeyFamily.constantName;
import static app.masa.i18n.KeyFamily.kebab;
import static app.masa.i18n.KeyFamily.lowerCase;

import app.masa.analysis.AttributionModel;
import app.masa.analysis.report.ReportFormat;
import app.masa.edit.EditLabelKeys;
import app.masa.export.ExportFormat;
import app.masa.export.Orientation;
import app.masa.export.PageSize;
import app.masa.io.interchange.CardField;
import app.masa.io.interchange.InterchangeFormat;
import app.masa.layout.GuideLine;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Direction;
import app.masa.model.Facing;
import app.masa.model.LaneKind;
import app.masa.model.MetricSource;
import app.masa.model.Presence;
import app.masa.model.TouchpointQuestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every family of message keys the code builds at run time, by the prefix it starts them with.
 * A prefix in the code that no family here claims fails {@link MessageKeysInUseTest}: a new one
 * gets its line here, with the values the code appends to it.
 */
final class KeyFamilies {
    private KeyFamilies() {
    }

    static List<KeyFamily> all() {
        List<KeyFamily> families = new ArrayList<>(List.of(
                lowerCase("palette.type.", CardType.class),
                lowerCase("palette.hint.", CardType.class),
                constantName("canvas.type.", CardType.class),
                constantName("canvas.card.new.", CardType.class),
                constantName("canvas.menu.add.", CardType.class),
                lowerCase("inspector.channel.", Channel.class),
                kebab("layout.channel.", Channel.class),
                kebab("brand.titleFont.", app.masa.model.TitleTypeface.class),
                lowerCase("inspector.lane.kind.", LaneKind.class),
                lowerCase("inspector.map.direction.", Direction.class),
                lowerCase("inspector.metrics.source.", MetricSource.class),
                lowerCase("layout.presence.", Presence.class),
                lowerCase("layout.source.", MetricSource.class),
                lowerCase("inspector.card.evidence.", app.masa.model.Evidence.Backing.class),
                lowerCase("inspector.opportunity.status.", app.masa.model.OpportunityStatus.class),
                lowerCase("matrix.quadrant.", app.masa.layout.OpportunityMatrix.Quadrant.class),
                lowerCase("touchpoint.presence.", Presence.class),
                lowerCase("touchpoint.facing.", Facing.class),
                lowerCase("touchpoint.question.", TouchpointQuestion.class),
                lowerCase("report.question.", TouchpointQuestion.class),
                lowerCase("layout.blueprint.", GuideLine.Kind.class),
                kebab("analysis.model.", AttributionModel.class),
                kebab("analysis.model.", AttributionModel.class).ending(".explained"),
                lowerCase("diff.element.", app.masa.analysis.diff.Change.Element.class),
                kebab("conflict.kind.", app.masa.model.ConflictKind.class),
                // the card fields a conflict's tooltip names (ConflictTip); others show as the file names them
                KeyFamily.of("conflict.field.", List.of("title", "body", "stage", "lane", "order", "type", "channel",
                        "score", "tags", "color", "touchpoint", "metrics")),
                lowerCase("dialog.export.format.", ExportFormat.class),
                lowerCase("dialog.export.page.", PageSize.class),
                lowerCase("dialog.export.orientation.", Orientation.class),
                lowerCase("interchange.field.", CardField.class),
                lowerCase("interchange.filter.", InterchangeFormat.class),
                lowerCase("interchange.export.", InterchangeFormat.class).ending(".title"),
                kebab("workshop.vote.scope.", uiEnum("app.masa.ui.workshop.VoteScope")),
                KeyFamily.of("analysis.insights.format.", Arrays.stream(ReportFormat.values())
                        .map(ReportFormat::shortName).toList()),
                // the languages a map can be written in (TemplateChooserDialog, MapSection)
                KeyFamily.of("ui.language.", List.of("en", "he")),
                KeyFamily.of("interchange.field.", first("ui/interchange/CsvPreview.java", "column")),
                KeyFamily.of("inspector.metrics.", concat(
                        first("ui/analysis/CardMetricsEditor.java", "count"),
                        first("ui/analysis/CardMetricsEditor.java", "amount"))),
                KeyFamily.of("inspector.metrics.nps.", first("ui/analysis/StageNpsEditor.java", "count")),
                KeyFamily.of("report.section.", concat(
                        first("analysis/report/ReportBuilder.java", "section"),
                        first("analysis/report/AttributionSections.java", "table"))),
                KeyFamily.of("report.empty.", first("analysis/report/ReportBuilder.java", "section")),
                KeyFamily.of("report.column.", concat(
                        // section(name, rows, column names…)
                        rest("analysis/report/ReportBuilder.java", "section"),
                        // AttributionSections names its first column by what the rows are
                        List.of("touchpoint", "channel"))),
                // the steps of Help > Getting started, each with a title and a text
                KeyFamily.of("guide.", first("ui/help/GettingStartedWindow.java", "Step")).ending(".title"),
                KeyFamily.of("guide.", first("ui/help/GettingStartedWindow.java", "Step")).ending(".text"),
                // the phone page's words: each word its script asks for, and the state of each card
                KeyFamily.of("room.page.", PhonePageWords.used()),
                // edit labels: built from a part and an action, see EditLabelKeys
                new KeyFamily("edit.", List.copyOf(EditLabelKeys.all())),
                new KeyFamily("edit.map.", List.of()))); // its keys are among those of "edit."
        return families;
    }

    /** The first literal argument of each call of a method in a source file. */
    private static List<String> first(String file, String method) {
        return calls(file, method).stream().map(call -> call.get(0)).toList();
    }

    /** The literal arguments after the first of each call of a method in a source file. */
    private static List<String> rest(String file, String method) {
        return calls(file, method).stream().flatMap(call -> call.subList(1, call.size()).stream()).toList();
    }

    private static List<List<String>> calls(String file, String method) {
        List<List<String>> calls = SourceLiterals.callArguments(file, method);
        if (calls.isEmpty()) {
            throw new IllegalStateException("no calls of " + method + " with a literal in " + file
                    + ": update its key family");
        }
        return calls;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** An enum the window keeps to itself, looked up by name without touching the toolkit. */
    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> uiEnum(String name) {
        try {
            return (Class<? extends Enum<?>>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is gone: update its key family", e);
        }
    }
}
