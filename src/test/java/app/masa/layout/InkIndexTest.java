package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.model.sample.MapGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The grid that finds card text under a label gives the same answer as looking at every card. */
class InkIndexTest {
    private final LayoutEngine engine = new LayoutEngine();

    @Test
    void aPillCoversTheSameInkAsWhenEveryCardIsCompared() {
        MapLayout layout = engine.layout(MapGenerator.generate(5, 8, 6, 600).maps().get(0), LayoutOptions.canvas());
        Typography type = layout.style().typography();
        InkIndex index = InkIndex.of(layout.cards(), type);
        List<Rect> everyInk = everyInk(layout.cards(), type);
        SplittableRandom random = new SplittableRandom(3);
        int touching = 0;
        for (int i = 0; i < 2_000; i++) {
            Rect pill = new Rect(random.nextDouble(-50, layout.width()), random.nextDouble(-50, layout.height()),
                    random.nextDouble(20, 300), random.nextDouble(10, 40));
            double expected = everyInk.stream().mapToDouble(r -> overlap(pill, r)).sum();
            assertThat(index.covered(pill)).as("pill %s", pill).isCloseTo(expected, within(1e-6));
            touching += expected > 0 ? 1 : 0;
        }
        assertThat(touching).as("pills that met some text").isGreaterThan(500);
    }

    @Test
    void aPillOverACardsPaddingOrOutsideTheMapCoversNothing() {
        MapLayout layout = engine.layout(SampleMaps.english(), LayoutOptions.canvas());
        InkIndex index = InkIndex.of(layout.cards(), layout.style().typography());
        Rect card = layout.cards().get(0).bounds();

        assertThat(index.covered(new Rect(card.x() + 1, card.maxY() - 3, card.width() - 2, 2))).isZero();
        assertThat(index.covered(new Rect(-500, -500, 100, 100))).isZero();
        assertThat(index.covered(card)).isPositive();
    }

    @Test
    void aBandOfASpanListsItsCardsInTheOrderTheWholeSpanWould() {
        MapLayout layout = engine.layout(MapGenerator.generate(9, 8, 6, 1200).maps().get(0), LayoutOptions.canvas());
        InkIndex index = InkIndex.of(layout.cards(), layout.style().typography());
        SplittableRandom random = new SplittableRandom(5);
        int banded = 0;
        for (int i = 0; i < 500; i++) {
            double x = random.nextDouble(-50, layout.width() * 0.8);
            Rect whole = new Rect(x, 0, random.nextDouble(100, layout.width() - x + 50), layout.height());
            double y = random.nextDouble(-50, layout.height());
            Rect band = new Rect(whole.x(), y, whole.width(), random.nextDouble(10, 900));
            List<CardBox> expected = index.cardsMeeting(whole).stream()
                    .filter(card -> card.bounds().intersects(band)).toList();

            assertThat(index.cardsMeeting(band, whole)).as("band %s of %s", band, whole).containsExactlyElementsOf(expected);
            banded += expected.size() > 1 ? 1 : 0;
        }
        assertThat(banded).as("bands that met several cards").isGreaterThan(200);
    }

    @Test
    void aRectangleMeetsACardExactlyWhenACardsBoxIntersectsIt() {
        MapLayout layout = engine.layout(MapGenerator.generate(5, 8, 6, 600).maps().get(0), LayoutOptions.canvas());
        InkIndex index = InkIndex.of(layout.cards(), layout.style().typography());
        SplittableRandom random = new SplittableRandom(7);
        int meeting = 0;
        for (int i = 0; i < 2_000; i++) {
            Rect run = new Rect(random.nextDouble(-50, layout.width()), random.nextDouble(-50, layout.height()),
                    random.nextDouble(20, 2_000), random.nextDouble(2, 30));
            boolean expected = layout.cards().stream().anyMatch(card -> card.bounds().intersects(run));

            assertThat(index.meetsCard(run)).as("run %s", run).isEqualTo(expected);
            meeting += expected ? 1 : 0;
        }
        assertThat(meeting).as("runs that met a card").isBetween(300, 1_700);
    }

    private static List<Rect> everyInk(List<CardBox> cards, Typography type) {
        List<Rect> ink = new ArrayList<>();
        for (CardBox c : cards) {
            for (List<TextLine> lines : List.of(c.titleLines(), c.bodyLines())) {
                for (TextLine l : lines) {
                    double size = type.size(l.role());
                    ink.add(new Rect(l.x(), l.baseline() - size, l.width(), size * 1.25));
                }
            }
            if (c.marks().channelBadge() != null) {
                ink.add(c.marks().channelBadge());
            }
            if (c.marks().scoreBadge() != null) {
                ink.add(c.marks().scoreBadge());
            }
            c.marks().badges().forEach(b -> ink.add(b.bounds()));
        }
        return ink;
    }

    private static double overlap(Rect a, Rect b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
