package app.masa.analysis.report;

import app.masa.analysis.Insights;
import app.masa.analysis.OpenQuestions;
import app.masa.analysis.RankedOpportunity;
import app.masa.analysis.StageCards;
import app.masa.analysis.StageEvidence;
import app.masa.analysis.StepNames;
import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Metrics;
import app.masa.model.Stage;
import app.masa.model.TouchpointQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Writes the insights of a map as report sections: the words in the interface language, the numbers
 * as the map's language writes them, money in the map's currency.
 */
public final class ReportBuilder {
    private final JourneyMap map;
    private final Insights insights;
    private final ReportNumbers numbers;
    private final Locale words;

    private ReportBuilder(Insights insights, Locale words) {
        this.insights = insights;
        this.words = words;
        this.map = insights.map();
        this.numbers = new ReportNumbers(Locale.forLanguageTag(map.language()), map.effectiveCurrency());
    }

    public static Report build(JourneyMap map) {
        return build(Insights.of(map));
    }

    /** The report with its words in a given language, such as the map's own for an exported document. */
    public static Report build(JourneyMap map, Locale words) {
        return new ReportBuilder(Insights.of(map), words).report();
    }

    public static Report build(Insights insights) {
        return new ReportBuilder(insights, Messages.locale()).report();
    }

    private Report report() {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(painPoints());
        sections.add(gaps());
        sections.add(lowestMoments());
        sections.add(opportunities());
        sections.add(openQuestions());
        sections.add(evidence());
        sections.add(metrics());
        sections.addAll(new AttributionSections(map, insights.attribution(), numbers, words).sections());
        sections.add(nps());
        String title = Messages.get(words, "report.title", map.title().isBlank() ? map.id() : map.title());
        return new Report(title, words.toLanguageTag(), Messages.isRightToLeft(words), sections);
    }

    private ReportSection painPoints() {
        List<List<String>> rows = new ArrayList<>();
        for (StageCards stage : insights.painPoints()) {
            for (Card card : stage.cards()) {
                rows.add(List.of(stage.stage().name(), StepNames.title(card, words), card.body()));
            }
        }
        return section("painPoints", rows, "stage", "painPoint", "text");
    }

    private ReportSection gaps() {
        List<List<String>> rows = new ArrayList<>();
        for (Card card : insights.largestGaps()) {
            int gap = card.gap().orElse(0);
            rows.add(List.of(stageName(card), StepNames.title(card, words), score(card.expectedScore()), score(card.score()),
                    numbers.signed(gap), Math.abs(gap) >= map.gapThreshold() ? Messages.get(words, "report.yes") : ""));
        }
        return section("gaps", rows, "stage", "touchpoint", "expected", "experienced", "gap", "flagged");
    }

    private ReportSection lowestMoments() {
        List<List<String>> rows = new ArrayList<>();
        for (Card card : insights.lowestMoments()) {
            rows.add(List.of(stageName(card), StepNames.title(card, words), score(card.score())));
        }
        return section("lowest", rows, "stage", "touchpoint", "score");
    }

    private ReportSection opportunities() {
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        for (RankedOpportunity opportunity : insights.opportunities()) {
            var o = opportunity.card().opportunity();
            rows.add(List.of(numbers.count(++rank), stageName(opportunity.card()), StepNames.title(opportunity.card(), words),
                    numbers.count(opportunity.votes()), numbers.count(opportunity.stageGap()),
                    o.impact() == null ? "" : numbers.count(o.impact()), o.effort() == null ? "" : numbers.count(o.effort()),
                    o.status() == null ? "" : Messages.get(words, "inspector.opportunity.status."
                            + o.status().name().toLowerCase(Locale.ROOT))));
        }
        return section("opportunities", rows, "rank", "stage", "opportunity", "votes", "stageGap", "impact", "effort",
                "status");
    }

    private ReportSection evidence() {
        List<List<String>> rows = new ArrayList<>();
        for (StageEvidence stage : StageEvidence.of(map)) {
            if (stage.assumptions().isEmpty() && stage.backed() == 0) {
                continue;
            }
            StringJoiner toCheck = new StringJoiner("; ");
            stage.assumptions().forEach(card -> toCheck.add(StepNames.title(card, words)));
            rows.add(List.of(stage.stage().name(), numbers.count(stage.assumptions().size()),
                    numbers.count(stage.backed()), numbers.count(stage.unmarked()), toCheck.toString()));
        }
        return section("evidence", rows, "stage", "assumptions", "backed", "unmarked", "toCheck");
    }

    private ReportSection openQuestions() {
        List<List<String>> rows = new ArrayList<>();
        for (OpenQuestions open : insights.openQuestions()) {
            StringJoiner questions = new StringJoiner("; ");
            for (TouchpointQuestion question : open.questions()) {
                questions.add(Messages.get(words, "report.question." + question.name().toLowerCase(Locale.ROOT)));
            }
            rows.add(List.of(stageName(open.card()), StepNames.title(open.card(), words), numbers.count(open.questions().size()),
                    questions.toString()));
        }
        return section("questions", rows, "stage", "touchpoint", "openCount", "questions");
    }

    private ReportSection metrics() {
        List<List<String>> rows = new ArrayList<>();
        for (Card card : map.touchpointsInJourneyOrder()) {
            Metrics m = card.metrics();
            if (m.isEmpty()) {
                continue;
            }
            rows.add(List.of(stageName(card), StepNames.title(card, words),
                    m.reach() == null ? "" : numbers.count(m.reach()),
                    m.conversions() == null ? "" : numbers.count(m.conversions()),
                    m.conversionRate().isPresent() ? numbers.percent(m.conversionRate().getAsDouble()) : "",
                    m.csat() == null ? "" : numbers.credit(m.csat()),
                    m.cost() == null ? "" : numbers.money(m.cost())));
        }
        return section("metrics", rows, "stage", "touchpoint", "reach", "conversions", "rate", "csat", "cost");
    }

    private ReportSection nps() {
        List<List<String>> rows = new ArrayList<>();
        for (Stage stage : insights.nps()) {
            var nps = stage.nps();
            rows.add(List.of(stage.name(), numbers.count(nps.answers()),
                    numbers.percent(nps.promoterShare().orElse(0)), numbers.percent(nps.passiveShare().orElse(0)),
                    numbers.percent(nps.detractorShare().orElse(0)), numbers.signed(Math.round(nps.score().orElse(0)))));
        }
        return section("nps", rows, "stage", "answers", "promoters", "passives", "detractors", "score");
    }

    private String stageName(Card card) {
        return map.stage(card.stageId()).map(Stage::name).orElse("");
    }

    /** A score as a number with its label: "−1 (Negative)"; "" when not rated. */
    private String score(Integer score) {
        if (score == null) {
            return "";
        }
        return Messages.get(words, "report.scoreWithLabel", numbers.signed(score), map.scale().label(score));
    }

    private ReportSection section(String name, List<List<String>> rows, String... columns) {
        List<String> headers = new ArrayList<>();
        for (String column : columns) {
            headers.add(Messages.get(words, "report.column." + column));
        }
        return new ReportSection(Messages.get(words, "report.section." + name), headers, rows,
                Messages.get(words, "report.empty." + name));
    }
}
