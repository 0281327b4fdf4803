package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.io.TemplateCatalog;
import app.masa.model.JourneyMap;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The map as read from afar: the same boxes, larger titles inside them, nothing else. */
class MapSummaryTest {
    private final LayoutEngine engine = new LayoutEngine();
    private final MapSummary summary = new MapSummary();

    @ParameterizedTest
    @CsvSource({"organic-grocer, en, PROJECTOR", "organic-grocer, he, PROJECTOR", "sports-shoes, en, LIGHT",
            "sports-shoes, he, LIGHT", "service-blueprint, en, DARK"})
    void keepsEveryBoxAndSetsItsNameOrTitleLargeInsideIt(String template, String language, Theme theme)
            throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create(template, language).maps().get(0);
        MapLayout layout = engine.layout(map, LayoutOptions.canvas().withTheme(theme));
        MapLayout far = summary.of(layout);

        assertThat(far.width()).isEqualTo(layout.width());
        assertThat(far.height()).isEqualTo(layout.height());
        for (int i = 0; i < layout.stages().size(); i++) {
            StageBox near = layout.stages().get(i);
            StageBox s = far.stages().get(i);
            assertThat(s.header()).isEqualTo(near.header());
            assertThat(s.column()).isEqualTo(near.column());
            assertReadsAsTheSame(s.nameLines(), near.nameLines(), s.header());
        }
        for (int i = 0; i < layout.lanes().size(); i++) {
            LaneBox near = layout.lanes().get(i);
            LaneBox l = far.lanes().get(i);
            assertThat(l.band()).isEqualTo(near.band());
            assertReadsAsTheSame(l.titleLines(), near.titleLines(), l.header());
        }
        for (int i = 0; i < layout.cards().size(); i++) {
            CardBox near = layout.cards().get(i);
            CardBox c = far.cards().get(i);
            assertThat(c.cardId()).isEqualTo(near.cardId());
            assertThat(c.bounds()).isEqualTo(near.bounds());
            assertThat(c.bodyLines()).isEmpty();
            assertThat(c.marks().badges()).isEmpty();
            assertThat(c.marks().votes()).isEqualTo(near.marks().votes());
            assertThat(c.marks().boxed()).isEqualTo(near.marks().boxed());
            assertReadsAsTheSame(c.titleLines(), near.titleLines(), c.bounds());
            assertThat(c.titleLines()).allSatisfy(line -> assertThat(size(far, line))
                    .as("a summary size, larger than the card title's %s", size(layout, near.titleLines().get(0)))
                    .isGreaterThan(size(layout, near.titleLines().get(0))));
        }
        assertThat(far.connections()).allSatisfy(c -> assertThat(c.label()).isNull());
        assertThat(far.stages().stream().flatMap(s -> s.nameLines().stream()).map(TextLine::role).distinct())
                .as("the stage names read side by side in one size").hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"en, false", "he, true"})
    void textHugsTheReadingStartOfItsCard(String language, boolean rightToLeft) throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create("organic-grocer", language).maps().get(0);
        MapLayout far = summary.of(engine.layout(map, LayoutOptions.canvas()));
        Metrics m = far.style().metrics();
        for (CardBox c : far.cards()) {
            if (!c.marks().boxed()) {
                continue;
            }
            TextLine first = c.titleLines().get(0);
            assertThat(first.rightToLeft()).isEqualTo(rightToLeft);
            if (rightToLeft) {
                assertThat(first.x() + first.width()).isCloseTo(c.bounds().maxX() - m.cardPadding() - m.accentWidth(),
                        within(0.01));
            } else {
                assertThat(first.x()).isCloseTo(c.bounds().x() + m.cardPadding() + m.accentWidth(), within(0.01));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"SUMMARY_MEDIUM", "SUMMARY_LARGE"})
    void aTextTooLongForTheReadableSizesIsCutShortNotShrunk(FontRole smallest) throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create("organic-grocer", "en").maps().get(0);
        MapLayout layout = engine.layout(map, LayoutOptions.canvas().withTheme(Theme.PROJECTOR));
        MapLayout far = summary.of(layout, smallest);
        Typography type = far.style().typography();
        int cut = 0;
        double pad = far.style().metrics().cardPadding();
        for (CardBox c : far.cards()) {
            // Only a card too low for a line of the smallest readable size takes a smaller one.
            boolean roomy = c.bounds().height() - pad >= type.lineHeight(smallest);
            for (TextLine line : c.titleLines()) {
                if (roomy) {
                    assertThat(type.size(line.role())).as(line.text()).isGreaterThanOrEqualTo(type.size(smallest));
                } else {
                    assertThat(c.titleLines()).hasSize(1);
                }
                cut += line.text().endsWith("\u2026") ? 1 : 0;
            }
        }
        assertThat(cut).as("some titles need cutting at these sizes").isPositive();
    }

    @org.junit.jupiter.api.Test
    void aVotedCardKeepsItsDotsAndItsTitleStaysAboveThem() throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create("organic-grocer", "en").maps().get(0);
        app.masa.model.DotVote vote = app.masa.model.DotVote.start(5, 4, Set.of())
                .withDotsChanged("c-leaves", 3).withDotsChanged("c-by-weight", 9);
        MapLayout layout = engine.layout(map.withVote(vote), LayoutOptions.canvas().withTheme(Theme.PROJECTOR));
        MapLayout far = summary.of(layout, FontRole.SUMMARY_MEDIUM);
        for (String id : List.of("c-leaves", "c-by-weight")) {
            CardBox c = far.card(id).orElseThrow();
            VoteDots dots = c.marks().votes();
            assertThat(dots.count()).isEqualTo(id.equals("c-leaves") ? 3 : 9);
            assertThat(c.titleLines()).isNotEmpty().allSatisfy(l -> assertThat(l.baseline()).isLessThan(dots.top()));
        }
    }

    private static double size(MapLayout layout, TextLine line) {
        return layout.style().typography().size(line.role());
    }

    /**
     * The summary lines sit inside the box and say what the layout's lines say: the same words in
     * the same order, none broken in two; a text cut short ends in an ellipsis after whole words or
     * the start of one.
     */
    private static void assertReadsAsTheSame(List<TextLine> lines, List<TextLine> original, Rect box) {
        assertThat(lines).as("text in %s", box).isNotEmpty();
        for (TextLine line : lines) {
            assertThat(line.role().name()).startsWith("SUMMARY_");
            assertThat(line.x()).isGreaterThanOrEqualTo(box.x() - 0.01);
            assertThat(line.x() + line.width()).isLessThanOrEqualTo(box.maxX() + 0.01);
            assertThat(line.baseline()).isGreaterThan(box.y()).isLessThanOrEqualTo(box.maxY());
        }
        List<String> words = words(original);
        List<String> shown = words(lines);
        Set<String> known = new HashSet<>(words);
        for (int i = 0; i < shown.size(); i++) {
            String w = shown.get(i);
            if (w.endsWith("\u2026")) {
                String stem = w.substring(0, w.length() - 1);
                assertThat(stem.isEmpty() || words.stream().anyMatch(o -> o.startsWith(stem)))
                        .as("%s begins a word of %s", w, words).isTrue();
            } else {
                assertThat(known).as("a whole word of %s", words).contains(w);
                assertThat(words.get(i)).as("in order").isEqualTo(w);
            }
        }
    }

    private static List<String> words(List<TextLine> lines) {
        return lines.stream().flatMap(l -> Arrays.stream(l.text().strip().split("\\s+"))).filter(w -> !w.isEmpty())
                .toList();
    }
}
