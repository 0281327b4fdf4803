package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Direction;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutEngineTest {
    private final LayoutEngine engine = new LayoutEngine();

    @Test
    void rightToLeftMapIsTheMirrorImageOfTheSameMapLeftToRight() {
        JourneyMap ltr = SampleMaps.english();
        MapLayout a = engine.layout(ltr, LayoutOptions.canvas());
        MapLayout b = engine.layout(ltr.withDirection(Direction.RTL), LayoutOptions.canvas());

        assertThat(b.width()).isEqualTo(a.width());
        assertThat(b.height()).isEqualTo(a.height());
        for (int i = 0; i < a.stages().size(); i++) {
            assertMirrored(a.stages().get(i).header(), b.stages().get(i).header(), a.width());
        }
        for (int i = 0; i < a.lanes().size(); i++) {
            assertMirrored(a.lanes().get(i).header(), b.lanes().get(i).header(), a.width());
            assertMirrored(a.lanes().get(i).band(), b.lanes().get(i).band(), a.width());
        }
        for (int i = 0; i < a.cards().size(); i++) {
            assertThat(b.cards().get(i).cardId()).isEqualTo(a.cards().get(i).cardId());
            assertMirrored(a.cards().get(i).bounds(), b.cards().get(i).bounds(), a.width());
        }
        List<CurvePoint> pa = a.curves().get(0).points();
        List<CurvePoint> pb = b.curves().get(0).points();
        assertThat(pb).hasSameSizeAs(pa).isNotEmpty();
        for (int i = 0; i < pa.size(); i++) {
            assertThat(pb.get(i).at().x()).isCloseTo(a.width() - pa.get(i).at().x(), within(1e-6));
            assertThat(pb.get(i).at().y()).isCloseTo(pa.get(i).at().y(), within(1e-6));
        }
    }

    @Test
    void inARightToLeftMapTheFirstStageIsAtTheRightAndLaneHeadersAtTheRight() {
        MapLayout he = engine.layout(SampleMaps.hebrew(), LayoutOptions.canvas());
        List<StageBox> stages = he.stages();
        for (int i = 1; i < stages.size(); i++) {
            assertThat(stages.get(i).header().x()).isLessThan(stages.get(i - 1).header().x());
        }
        assertThat(he.lanes().get(0).header().x()).isGreaterThan(stages.get(0).header().x());

        MapLayout en = engine.layout(SampleMaps.english(), LayoutOptions.canvas());
        assertThat(en.lanes().get(0).header().maxX()).isLessThanOrEqualTo(en.stages().get(0).header().x());
        for (int i = 1; i < en.stages().size(); i++) {
            assertThat(en.stages().get(i).header().x()).isGreaterThan(en.stages().get(i - 1).header().x());
        }
    }

    @Test
    void hebrewTextIsMarkedRightToLeftAndHugsTheRightEdgeOfItsCard() {
        MapLayout he = engine.layout(SampleMaps.hebrew(), LayoutOptions.canvas());
        CardBox card = he.card("c1").orElseThrow();
        TextLine title = card.titleLines().get(0);
        assertThat(title.rightToLeft()).isTrue();
        double rightGap = card.bounds().maxX() - (title.x() + title.width());
        double leftGap = title.x() - card.bounds().x();
        assertThat(rightGap).isLessThan(leftGap);

        CardBox english = he.card("c5").orElseThrow();
        TextLine newsletter = english.titleLines().get(0);
        assertThat(newsletter.rightToLeft())
                .as("a Hebrew title that starts with an English word still reads right to left").isTrue();
        assertThat(english.bounds().maxX() - (newsletter.x() + newsletter.width()))
                .isLessThan(newsletter.x() - english.bounds().x());
        CardBox en = engine.layout(SampleMaps.english(), LayoutOptions.canvas()).card("c1").orElseThrow();
        assertThat(en.titleLines().get(0).rightToLeft()).isFalse();
    }

    @Test
    void everyLineFitsInsideItsCardAndCardsInACellDoNotOverlap() {
        MapLayout layout = engine.layout(SampleMaps.generated(6, 5, 300, 7), LayoutOptions.canvas());
        for (CardBox card : layout.cards()) {
            List<TextLine> lines = new ArrayList<>(card.titleLines());
            lines.addAll(card.bodyLines());
            for (TextLine line : lines) {
                assertThat(line.x()).isGreaterThanOrEqualTo(card.bounds().x());
                assertThat(line.x() + line.width()).isLessThanOrEqualTo(card.bounds().maxX() + 1e-6);
                assertThat(line.baseline()).isBetween(card.bounds().y(), card.bounds().maxY());
            }
            CellBox cell = layout.cells().stream()
                    .filter(c -> c.stageId().equals(card.stageId()) && c.laneId().equals(card.laneId()))
                    .findFirst().orElseThrow();
            assertThat(card.bounds().maxY()).isLessThanOrEqualTo(cell.bounds().maxY());
        }
        List<CardBox> cards = new ArrayList<>(layout.cards());
        cards.sort(Comparator.comparing(CardBox::stageId).thenComparing(CardBox::laneId)
                .thenComparingDouble(c -> c.bounds().y()));
        for (int i = 1; i < cards.size(); i++) {
            CardBox prev = cards.get(i - 1);
            CardBox next = cards.get(i);
            if (prev.stageId().equals(next.stageId()) && prev.laneId().equals(next.laneId())) {
                assertThat(next.bounds().y()).isGreaterThan(prev.bounds().maxY());
            }
        }
    }

    @Test
    void aLaneGrowsToFitItsTallestCellAndACollapsedLaneIsThin() {
        JourneyMap map = SampleMaps.english();
        MapLayout before = engine.layout(map, LayoutOptions.canvas());
        List<Card> more = new ArrayList<>(map.cards());
        for (int i = 0; i < 5; i++) {
            more.add(Card.of("extra" + i, "s1", "l2", 10 + i, CardType.ACTION, "Another step " + i));
        }
        MapLayout after = engine.layout(map.withCards(more), LayoutOptions.canvas());
        assertThat(after.lanes().get(1).band().height()).isGreaterThan(before.lanes().get(1).band().height());

        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.set(1, lanes.get(1).withCollapsed(true));
        MapLayout collapsed = engine.layout(map.withLanes(lanes), LayoutOptions.canvas());
        assertThat(collapsed.lanes().get(1).collapsed()).isTrue();
        assertThat(collapsed.lanes().get(1).band().height()).isLessThan(before.lanes().get(1).band().height() / 2);
        assertThat(collapsed.cards()).noneMatch(c -> c.laneId().equals("l2"));
    }

    @Test
    void onlyTheChosenStagesAreLaidOut() {
        MapLayout layout = engine.layout(SampleMaps.english(),
                LayoutOptions.canvas().withVisibleStageIds(Set.of("s2", "s3")));
        assertThat(layout.stages()).extracting(StageBox::stageId).containsExactly("s2", "s3");
        assertThat(layout.cards()).allMatch(c -> Set.of("s2", "s3").contains(c.stageId()));
        assertThat(layout.curves().get(0).points()).extracting(CurvePoint::cardId).containsExactly("c2", "c3", "c4");
    }

    @Test
    void theCurveHasOnePointPerRatedTouchpointInJourneyOrderWithTheScaleOnTheAxis() {
        JourneyMap map = SampleMaps.english();
        MapLayout layout = engine.layout(map, LayoutOptions.canvas());
        CurveBox curve = layout.curves().get(0);
        assertThat(curve.points()).extracting(CurvePoint::cardId).containsExactly("c1", "c2", "c3", "c4", "c5", "c6");
        assertThat(curve.axisLabels()).extracting(TextLine::text).containsExactlyElementsOf(map.scale().labels());
        assertThat(curve.yOf(0)).isEqualTo(curve.neutralY());
        for (CurvePoint p : curve.points()) {
            assertThat(p.at().y()).isEqualTo(curve.yOf(p.score()));
            assertThat(curve.scoreAt(p.at().y())).isEqualTo(p.score());
        }
        // Two touchpoints of one stage are spread across its column, in order.
        double x2 = curve.points().get(1).at().x();
        double x3 = curve.points().get(2).at().x();
        Rect column = layout.stages().get(1).column();
        assertThat(x2).isBetween(column.x(), column.maxX());
        assertThat(x3).isBetween(x2, column.maxX());
        assertThat(curve.points().get(3).color().r()).as("the lowest score is red").isGreaterThan(200);
        assertThat(curve.points().get(4).color().g()).as("the highest score is green").isGreaterThan(curve.points().get(4).color().r());
    }

    @Test
    void aConnectionBackToAnEarlierStageGoesAroundTheMapInsteadOfAcrossIt() {
        MapLayout layout = engine.layout(SampleMaps.english(), LayoutOptions.canvas());
        double gridBottom = layout.lanes().get(layout.lanes().size() - 1).band().maxY();
        ConnectionBox loop = layout.connections().stream().filter(c -> c.connectionId().equals("k3")).findFirst()
                .orElseThrow();
        double lowest = loop.path().segments().stream().flatMap(s -> s.points().stream()).mapToDouble(Point::y).max()
                .orElseThrow();
        assertThat(lowest).isGreaterThan(gridBottom);
        assertThat(layout.height()).isGreaterThan(lowest);
        assertThat(loop.label().text()).isEqualTo("reorders");

        ConnectionBox forward = layout.connections().get(0);
        double highest = forward.path().segments().stream().flatMap(s -> s.points().stream()).mapToDouble(Point::y)
                .max().orElseThrow();
        assertThat(highest).isLessThan(gridBottom);
        Point end = forward.path().segments().get(forward.path().segments().size() - 1).points().get(2);
        assertThat(end.x()).isEqualTo(layout.card("c2").orElseThrow().bounds().x());
    }

    @Test
    void theTitleBlockShowsTitleScenarioPersonaAndADateInTheMapsLanguage() {
        MapLayout he = engine.layout(SampleMaps.hebrew(), new LayoutOptions(true, Theme.LIGHT, Set.of(),
                java.time.LocalDate.of(2026, 11, 22)));
        assertThat(he.titleLines()).extracting(TextLine::text)
                .contains("הזמנת ירקות באונליין")
                .anyMatch(t -> t.contains("בנובמבר 2026"));
        // The persona has a header of its own below the title, so the title block does not name it again.
        assertThat(he.personas()).singleElement().satisfies(p -> assertThat(p.lines()).extracting(TextLine::text)
                .contains("דנה"));
        assertThat(he.stages().get(0).header().y()).isGreaterThan(he.personas().get(0).bounds().maxY());
        MapLayout withoutHeader = engine.layout(SampleMaps.hebrew(), new LayoutOptions(true, Theme.LIGHT, Set.of(),
                java.time.LocalDate.of(2026, 11, 22), false));
        assertThat(withoutHeader.titleLines()).extracting(TextLine::text)
                .anyMatch(t -> t.contains("דנה") && t.contains("בנובמבר 2026"));
        assertThat(engine.layout(SampleMaps.hebrew(), LayoutOptions.canvas()).titleLines()).isEmpty();
    }

    @Test
    void theProjectorThemeUsesLargerTextAndThickerLines() {
        MapLayout light = engine.layout(SampleMaps.english(), LayoutOptions.canvas());
        MapLayout projector = engine.layout(SampleMaps.english(), LayoutOptions.canvas().withTheme(Theme.PROJECTOR));
        assertThat(projector.style().typography().size(FontRole.CARD_TITLE))
                .isGreaterThan(light.style().typography().size(FontRole.CARD_TITLE));
        assertThat(projector.style().metrics().lineWidth()).isGreaterThan(light.style().metrics().lineWidth());
        assertThat(projector.width()).isGreaterThan(light.width());
    }

    @Test
    void layingOutTheSameMapTwiceGivesTheSameGeometry() {
        JourneyMap map = SampleMaps.generated(12, 8, 500, 3);
        MapLayout a = engine.layout(map, LayoutOptions.canvas());
        MapLayout b = new LayoutEngine().layout(map, LayoutOptions.canvas());
        assertThat(b.cards()).isEqualTo(a.cards());
        assertThat(b.height()).isEqualTo(a.height());
    }

    @Test
    void anEngineThatRemembersEarlierLayoutsGivesWhatAFreshEngineGives() {
        JourneyMap map = SampleMaps.generated(6, 5, 200, 11);
        LayoutEngine warm = new LayoutEngine();
        warm.layout(map, LayoutOptions.canvas());
        List<Card> moved = new ArrayList<>(map.cards());
        moved.set(0, moved.get(0).withPlace("s3", "l0", 0).withTitle("A new and much longer title for this card"));
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.set(0, lanes.get(0).withCollapsed(true));
        List<JourneyMap> versions = List.of(map.withCards(moved), map.withLanes(lanes), map,
                map.withDirection(Direction.RTL), map.withStages(map.stages().subList(1, 5)), map);
        for (JourneyMap version : versions) {
            for (Theme theme : Theme.values()) {
                LayoutOptions options = LayoutOptions.canvas().withTheme(theme);
                MapLayout expected = new LayoutEngine().layout(version, options);
                MapLayout actual = warm.layout(version, options);
                assertThat(actual.cards()).isEqualTo(expected.cards());
                assertThat(actual.lanes()).isEqualTo(expected.lanes());
                assertThat(actual.height()).isEqualTo(expected.height());
            }
        }
    }

    @Test
    void anEmptyMapAndAMapWithoutRatedTouchpointsStillLayOutAndPaint() {
        JourneyMap empty = SampleMaps.english().withStages(List.of()).withLanes(List.of()).withCards(List.of())
                .withConnections(List.of());
        MapLayout nothing = engine.layout(empty, LayoutOptions.canvas().withTitleBlock(true));
        assertThat(nothing.width()).isPositive();
        assertThat(nothing.height()).isPositive();
        MapPainter.paint(nothing, new RecordingSurface());

        JourneyMap unrated = SampleMaps.english().withCards(SampleMaps.english().cards().stream()
                .map(c -> c.withScore(null)).toList());
        MapLayout layout = engine.layout(unrated, LayoutOptions.canvas());
        assertThat(layout.curves().get(0).points()).isEmpty();
        assertThat(layout.curves().get(0).curve().segments()).isEmpty();
        RecordingSurface surface = new RecordingSurface();
        MapPainter.paint(layout, surface);
        assertThat(surface.texts).contains("Awareness", "Sponsored post on", "Very positive");
    }

    /** Keeps the text it is asked to draw. */
    private static final class RecordingSurface implements Surface {
        final List<String> texts = new ArrayList<>();

        @Override public void fillRect(Rect rect, double cornerRadius, Rgba fill) { }
        @Override public void strokeRect(Rect rect, double cornerRadius, Stroke stroke) { }
        @Override public void strokeLine(Point from, Point to, Stroke stroke) { }
        @Override public void fillPath(PathShape path, Rgba fill) { }
        @Override public void strokePath(PathShape path, Stroke stroke) { }
        @Override public void fillCircle(Point center, double radius, Rgba fill) { }
        @Override public void text(TextLine line, Rgba color) { texts.add(line.text()); }
    }

    private static void assertMirrored(Rect ltr, Rect rtl, double width) {
        assertThat(rtl.x()).isCloseTo(width - ltr.maxX(), within(1e-6));
        assertThat(rtl.y()).isCloseTo(ltr.y(), within(1e-6));
        assertThat(rtl.width()).isCloseTo(ltr.width(), within(1e-6));
        assertThat(rtl.height()).isCloseTo(ltr.height(), within(1e-6));
    }
}
