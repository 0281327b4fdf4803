package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.model.Card;
import app.masa.model.Channel;
import app.masa.model.Connection;
import app.masa.model.Direction;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Metrics;
import app.masa.model.Nps;
import app.masa.model.Persona;
import app.masa.model.PersonaPhoto;
import app.masa.model.Presence;
import app.masa.model.Stage;
import app.masa.model.TouchpointQuestion;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The journey content on the map: expectation, gaps, badges, persona header, blueprint lines, labels. */
class JourneyContentLayoutTest {
    private final LayoutEngine engine = new LayoutEngine();

    /** The English sample with an expected score on every rated touchpoint: c4 (−2 vs 1) and c5 (2 vs 0) gap. */
    private static JourneyMap withExpectations() {
        JourneyMap map = SampleMaps.english();
        Map<String, Integer> expected = Map.of("c1", 1, "c2", 1, "c3", 0, "c4", 1, "c5", 0, "c6", 1);
        List<Card> cards = new ArrayList<>();
        for (Card c : map.cards()) {
            cards.add(expected.containsKey(c.id()) ? c.withExpectedScore(expected.get(c.id())) : c);
        }
        return map.withCards(cards);
    }

    private static CardBox card(MapLayout layout, String id) {
        return layout.card(id).orElseThrow();
    }

    @Test
    void theEmotionLaneDrawsTheExpectationCurveOnlyWhenTouchpointsHaveExpectedScores() {
        CurveBox without = engine.layout(SampleMaps.english(), LayoutOptions.canvas()).curves().get(0);
        assertThat(without.expectedPoints()).isEmpty();
        assertThat(without.gaps()).isEmpty();
        assertThat(without.legend()).isEmpty();

        CurveBox with = engine.layout(withExpectations(), LayoutOptions.canvas()).curves().get(0);
        assertThat(with.expectedPoints()).extracting(CurvePoint::cardId).containsExactly("c1", "c2", "c3", "c4", "c5", "c6");
        assertThat(with.expectedCurve().segments()).hasSize(6);
        // Each expected point shares its card's x with the experience curve, and sits on its own level.
        for (int i = 0; i < with.points().size(); i++) {
            assertThat(with.expectedPoints().get(i).at().x()).isCloseTo(with.points().get(i).at().x(), within(1e-9));
        }
        assertThat(with.expectedPoints().get(3).at().y()).isCloseTo(with.yOf(1), within(1e-9));
        assertThat(with.legend()).hasSize(2);
        assertThat(with.legendSamples()).hasSize(4);
    }

    @Test
    void theGapBetweenTheCurvesIsShadedRedWhereTheMomentDisappointsAndGreenWhereItDelights() {
        CurveBox curve = engine.layout(withExpectations(), LayoutOptions.canvas()).curves().get(0);
        // Gaps per touchpoint: c1 0, c2 −1, c3 −1, c4 −3, c5 +2, c6 0: five stretches, none between two zeros.
        assertThat(curve.gaps()).hasSize(5);
        assertThat(curve.gaps()).extracting(GapShade::disappointing).containsExactly(true, true, true, true, false);
        JourneyMap delighting = withExpectations().withCards(withExpectations().cards().stream()
                .map(c -> c.id().equals("c4") ? c.withScore(2).withExpectedScore(0) : c).toList());
        CurveBox after = engine.layout(delighting, LayoutOptions.canvas()).curves().get(0);
        // c3 −1 and c4 +2 sum to delight; c4 +2 and c5 +2 too.
        assertThat(after.gaps().get(2).disappointing()).isFalse();
        assertThat(after.gaps().get(3).disappointing()).isFalse();
    }

    @Test
    void gapsReachingTheThresholdAreFlaggedOnTheCardAndListed() {
        JourneyMap map = withExpectations();
        MapLayout layout = engine.layout(map, LayoutOptions.canvas());
        assertThat(layout.flaggedCardIds()).containsExactlyInAnyOrder("c4", "c5");
        assertThat(layout.flaggedCardIds()).containsExactlyInAnyOrderElementsOf(
                map.flaggedGaps().stream().map(Card::id).toList());
        assertThat(card(layout, "c4").marks().gap()).isEqualTo(-3);
        assertThat(card(layout, "c4").marks().badges()).filteredOn(b -> b.kind() == CardBadge.Kind.GAP)
                .singleElement().satisfies(b -> assertThat(b.label().text()).isEqualTo("gap \u22123"));
        assertThat(card(layout, "c2").marks().gapFlagged()).isFalse();

        // A gap of exactly the threshold is flagged; one level less is not.
        MapLayout atOne = engine.layout(map.withGapThreshold(1), LayoutOptions.canvas());
        assertThat(atOne.flaggedCardIds()).containsExactlyInAnyOrder("c2", "c3", "c4", "c5");
        MapLayout atThree = engine.layout(map.withGapThreshold(3), LayoutOptions.canvas());
        assertThat(atThree.flaggedCardIds()).containsExactly("c4");
    }

    @Test
    void theRightToLeftMapStillMirrorsTheLeftToRightOneWithExpectationsBadgesAndPersona() {
        JourneyMap ltr = withExpectations();
        MapLayout a = engine.layout(ltr, new LayoutOptions(true, Theme.LIGHT, Set.of()));
        MapLayout b = engine.layout(ltr.withDirection(Direction.RTL), new LayoutOptions(true, Theme.LIGHT, Set.of()));
        assertThat(b.height()).isEqualTo(a.height());
        for (int i = 0; i < a.cards().size(); i++) {
            assertMirrored(a.cards().get(i).bounds(), b.cards().get(i).bounds(), a.width());
            List<CardBadge> ba = a.cards().get(i).marks().badges();
            List<CardBadge> bb = b.cards().get(i).marks().badges();
            assertThat(bb).hasSameSizeAs(ba);
            for (int k = 0; k < ba.size(); k++) {
                assertMirrored(ba.get(k).bounds(), bb.get(k).bounds(), a.width());
            }
        }
        List<CurvePoint> ea = a.curves().get(0).expectedPoints();
        List<CurvePoint> eb = b.curves().get(0).expectedPoints();
        for (int i = 0; i < ea.size(); i++) {
            assertThat(eb.get(i).at().x()).isCloseTo(a.width() - ea.get(i).at().x(), within(1e-6));
        }
        assertMirrored(a.personas().get(0).bounds(), b.personas().get(0).bounds(), a.width());
        assertMirrored(a.personas().get(0).photo(), b.personas().get(0).photo(), a.width());
    }

    @Test
    void thePersonaHeaderStandsAboveTheMapWithItsColumnsAndPhoto() throws Exception {
        byte[] png = tinyPng();
        Persona noa = Persona.of("p1", "Noa Levi").withRole("Busy parent").withQuote("Fresh, without the market.")
                .withGoals(List.of("Healthy food")).withNeeds(List.of("A clear total"))
                .withFrustrations(List.of("Paying by weight")).withChannels(List.of(Channel.SOCIAL, Channel.WEBSITE))
                .withPhoto(PersonaPhoto.dataUri("image/png", png));
        JourneyMap map = SampleMaps.english().withPersonas(List.of(noa));
        MapLayout layout = engine.layout(map, LayoutOptions.canvas());
        PersonaBox box = layout.personas().get(0);
        assertThat(box.headings()).extracting(TextLine::text).containsExactly("Goals", "Needs", "Frustrations");
        assertThat(box.lines()).extracting(TextLine::text)
                .contains("Noa Levi", "Busy parent", "\u201cFresh, without the market.\u201d", "\u2022 Healthy food",
                        "Channels: Social \u00b7 Website");
        assertThat(box.initials().text()).isEqualTo("NL");
        assertThat(box.image()).isEqualTo(png);
        assertThat(layout.stages().get(0).header().y()).isGreaterThan(box.bounds().maxY());
        assertThat(box.bounds().x()).isGreaterThanOrEqualTo(0);
        assertThat(box.bounds().maxX()).isLessThanOrEqualTo(layout.width());

        RecordingSurface surface = new RecordingSurface();
        MapPainter.paint(layout, surface);
        assertThat(surface.images).containsExactly(png);
        assertThat(surface.texts).contains("Noa Levi", "NL");

        // Without personas, or with the header switched off, the map starts right away.
        MapLayout off = engine.layout(map, LayoutOptions.canvas().withPersonaHeader(false));
        assertThat(off.personas()).isEmpty();
        assertThat(off.stages().get(0).header().y()).isLessThan(layout.stages().get(0).header().y());
    }

    @Test
    void aBrokenPhotoLeavesTheInitialsPlaceholder() {
        Persona broken = Persona.of("p1", "Dana").withPhoto("data:image/png;base64,AAAA");
        MapLayout layout = engine.layout(SampleMaps.english().withPersonas(List.of(broken)), LayoutOptions.canvas());
        RecordingSurface surface = new RecordingSurface();
        MapPainter.paint(layout, surface);
        // The surface gets the bytes (it may fail to read them) and the initials are painted under them.
        assertThat(surface.texts).contains("D");
    }

    @Test
    void touchpointCardsShowPresenceOwnerOpenQuestionsConversionAndVoteDots() {
        JourneyMap map = SampleMaps.english();
        Card c1 = map.card("c1").orElseThrow();
        Card rich = c1.withTouchpoint(c1.touchpoint().withPresence(Presence.ONLINE).withOwner("Yael Cohen")
                        .withAnswer(TouchpointQuestion.EXPECTATION, "A nice post"))
                .withMetrics(Metrics.EMPTY.withReach(1000L).withConversions(50L));
        map = map.withCards(map.cards().stream().map(c -> c.id().equals("c1") ? rich : c).toList())
                .withVote(DotVote.start(3, 4, Set.of()).withDotsChanged("c1", 4));
        CardBox box = card(engine.layout(map, LayoutOptions.canvas()), "c1");
        assertThat(box.marks().badges()).extracting(b -> b.label().text())
                .containsExactly("Online", "YC", "6 open", "5.0% conv.");
        assertThat(box.marks().votes().count()).isEqualTo(4);
        assertThat(box.marks().votes().dots()).hasSize(4);
        assertThat(box.marks().votes().label().text()).isEqualTo("4");
        // Every badge stays inside its card.
        for (CardBadge b : box.marks().badges()) {
            assertThat(b.bounds().x()).isGreaterThanOrEqualTo(box.bounds().x());
            assertThat(b.bounds().maxX()).isLessThanOrEqualTo(box.bounds().maxX());
            assertThat(b.bounds().maxY()).isLessThanOrEqualTo(box.bounds().maxY());
        }
        // A new dot on an unchanged card shows on the next layout: the vote is part of what the cache compares.
        JourneyMap moreDots = map.withVote(map.vote().withDotsChanged("c1", 1));
        assertThat(card(engine.layout(moreDots, LayoutOptions.canvas()), "c1").marks().votes().count()).isEqualTo(5);
        // Cards that are not touchpoints never count open questions.
        assertThat(card(engine.layout(map, LayoutOptions.canvas()), "c7").marks().badges()).isEmpty();
    }

    @Test
    void stageHeadersShowTheNetPromoterScoreInTheMapsLanguage() {
        JourneyMap map = SampleMaps.english();
        List<Stage> stages = new ArrayList<>(map.stages());
        stages.set(1, stages.get(1).withNps(Nps.of(50, 32, 18)));
        MapLayout layout = engine.layout(map.withStages(stages), LayoutOptions.canvas());
        assertThat(layout.stages().get(1).npsLabel().text()).isEqualTo("NPS +32");
        assertThat(layout.stages().get(0).npsBadge()).isNull();
        Rect header = layout.stages().get(1).header();
        Rect badge = layout.stages().get(1).npsBadge();
        assertThat(badge.y()).isGreaterThan(layout.stages().get(1).nameLines().get(0).baseline());
        assertThat(badge.maxY()).isLessThanOrEqualTo(header.maxY());
    }

    @Test
    void aServiceBlueprintDrawsTheLinesOfInteractionAndVisibilityBetweenItsLanes() {
        JourneyMap map = SampleMaps.english().withLanes(List.of(Lane.of("customer", "Customer", LaneKind.CARDS),
                Lane.of("frontstage", "Frontstage", LaneKind.CARDS), Lane.of("backstage", "Backstage", LaneKind.CARDS),
                Lane.of("support", "Support", LaneKind.CARDS)));
        MapLayout layout = engine.layout(map, LayoutOptions.canvas());
        assertThat(layout.guides()).extracting(GuideLine::kind).containsExactly(GuideLine.Kind.INTERACTION,
                GuideLine.Kind.VISIBILITY, GuideLine.Kind.INTERNAL_INTERACTION);
        assertThat(layout.guides().get(0).from().y()).isEqualTo(layout.lanes().get(1).band().y());
        assertThat(layout.guides().get(1).label().text()).isEqualTo("Line of visibility");
        assertThat(engine.layout(SampleMaps.english(), LayoutOptions.canvas()).guides()).isEmpty();
    }

    @Test
    void aLongConnectionLabelIsShortenedAndKeptOffTheCardsWhereThereIsRoom() {
        JourneyMap map = SampleMaps.english();
        String longLabel = "clicks through to the product page after reading every single review twice";
        List<Connection> connections = new ArrayList<>(map.connections());
        connections.set(0, connections.get(0).withLabel(longLabel));
        MapLayout layout = engine.layout(map.withConnections(connections), LayoutOptions.canvas());
        ConnectionBox k1 = layout.connections().get(0);
        assertThat(k1.label().text()).endsWith("\u2026").startsWith("clicks");
        assertThat(k1.label().width()).isLessThanOrEqualTo(130);
        Rect pill = new Rect(k1.label().x() - 5, k1.label().baseline() - 9, k1.label().width() + 10, 12);
        for (CardBox c : layout.cards()) {
            for (TextLine line : c.titleLines()) {
                Rect ink = new Rect(line.x(), line.baseline() - 9, line.width(), 11);
                assertThat(pill.intersects(ink)).as("label over the title of %s", c.cardId()).isFalse();
            }
        }
    }

    @Test
    void aBranchLeavesTheMainCurveAndIsDrawnAsASecondCurveThatRejoinsIt() {
        JourneyMap map = SampleMaps.english();
        List<Connection> connections = new ArrayList<>(map.connections());
        connections.add(Connection.of("b1", "c1", "c3").withLabel("reads reviews"));
        MapLayout layout = engine.layout(map.withConnections(connections), LayoutOptions.canvas());
        CurveBox curve = layout.curves().get(0);
        // c1 leads to c2 (k1) and c3 (b1), both in the second stage: c3 is the other way.
        assertThat(curve.points()).extracting(CurvePoint::cardId).contains("c3");
        assertThat(curve.curve().segments()).hasSize(curve.points().size() - 1);
        assertThat(curve.branches()).singleElement().satisfies(branch -> {
            List<PathShape.Segment> segments = branch.segments();
            Point start = segments.get(0).points().get(0);
            Point end = segments.get(segments.size() - 1).points().get(2);
            assertThat(start).isEqualTo(point(curve, "c1"));
            assertThat(segments.get(1).points().get(2)).isEqualTo(point(curve, "c3"));
            assertThat(end).isEqualTo(point(curve, "c4"));
        });
        // Without the branch, every point is on the main curve.
        assertThat(engine.layout(SampleMaps.english(), LayoutOptions.canvas()).curves().get(0).branches()).isEmpty();
    }

    private static Point point(CurveBox curve, String cardId) {
        return curve.points().stream().filter(p -> p.cardId().equals(cardId)).findFirst().orElseThrow().at();
    }

    private static byte[] tinyPng() throws Exception {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void assertMirrored(Rect ltr, Rect rtl, double width) {
        assertThat(rtl.x()).isCloseTo(width - ltr.maxX(), within(1e-6));
        assertThat(rtl.y()).isCloseTo(ltr.y(), within(1e-6));
        assertThat(rtl.width()).isCloseTo(ltr.width(), within(1e-6));
    }

    private static final class RecordingSurface implements Surface {
        final List<String> texts = new ArrayList<>();
        final List<byte[]> images = new ArrayList<>();

        @Override public void fillRect(Rect rect, double cornerRadius, Rgba fill) { }
        @Override public void strokeRect(Rect rect, double cornerRadius, Stroke stroke) { }
        @Override public void strokeLine(Point from, Point to, Stroke stroke) { }
        @Override public void fillPath(PathShape path, Rgba fill) { }
        @Override public void strokePath(PathShape path, Stroke stroke) { }
        @Override public void fillCircle(Point center, double radius, Rgba fill) { }
        @Override public void text(TextLine line, Rgba color) { texts.add(line.text()); }
        @Override public void image(Rect bounds, byte[] imageBytes, double x, double y) { images.add(imageBytes); }
    }
}
