package app.masa.templates;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.TemplateCatalog;
import app.masa.layout.CardBox;
import app.masa.layout.ConnectionBox;
import app.masa.layout.FontRole;
import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.TextLine;
import app.masa.model.JourneyMap;
import app.masa.model.sample.MapGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arrows go around the cards they do not join, and their labels sit where they hide no card and no
 * other label: counted on every template in both languages and on generated maps.
 */
class ConnectionsKeepClearTest {
    private final LayoutEngine engine = new LayoutEngine();

    static Stream<Arguments> templates() {
        return TemplateCatalog.builtIn().list().stream().filter(t -> !t.id().equals(TemplateCatalog.BLANK))
                .flatMap(t -> t.languages().stream().map(language -> Arguments.of(t.id(), language)));
    }

    static Stream<Arguments> generated() {
        return Stream.of(Arguments.of(1L, false), Arguments.of(2L, false), Arguments.of(3L, true), Arguments.of(4L, true));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("templates")
    void inEveryTemplateNoArrowCrossesACardAndNoLabelCoversACardOrALabel(String id, String language) throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create(id, language).maps().get(0);
        MapLayout layout = engine.layout(map, LayoutOptions.canvas());

        assertThat(arrowsThroughCards(layout)).as("arrows through cards they do not join").isEmpty();
        assertThat(labelsOverCards(layout)).as("labels over cards").isEmpty();
        assertThat(labelsOverLabels(layout)).as("labels over labels").isEmpty();
    }

    @ParameterizedTest(name = "seed {0}, right to left {1}")
    @MethodSource("generated")
    void inGeneratedMapsNoArrowCrossesACardAndNoLabelCoversOne(long seed, boolean rightToLeft) {
        JourneyMap map = MapGenerator.generate(seed, 9, 6, 400).maps().get(0);
        if (rightToLeft) {
            map = map.withDirection(app.masa.model.Direction.RTL);
        }
        MapLayout layout = engine.layout(map, LayoutOptions.canvas());

        assertThat(layout.connections()).hasSizeGreaterThan(5);
        assertThat(arrowsThroughCards(layout)).as("arrows through cards they do not join").isEmpty();
        assertThat(labelsOverCards(layout)).as("labels over cards").isEmpty();
        assertThat(labelsOverLabels(layout)).as("labels over labels").isEmpty();
    }

    private static List<String> arrowsThroughCards(MapLayout layout) {
        List<String> found = new ArrayList<>();
        for (ConnectionBox c : layout.connections()) {
            for (Point p : samples(c.path())) {
                for (CardBox card : layout.cards()) {
                    Rect b = card.bounds();
                    boolean inside = p.x() > b.x() + 1 && p.x() < b.maxX() - 1 && p.y() > b.y() + 1 && p.y() < b.maxY() - 1;
                    if (inside && !card.cardId().equals(c.fromCardId()) && !card.cardId().equals(c.toCardId())) {
                        found.add(c.connectionId() + " through " + card.cardId());
                    }
                }
            }
        }
        return found.stream().distinct().toList();
    }

    private static List<String> labelsOverCards(MapLayout layout) {
        List<String> found = new ArrayList<>();
        for (ConnectionBox c : layout.connections()) {
            if (c.label() != null) {
                Rect pill = pill(layout, c.label());
                layout.cards().stream().filter(card -> card.bounds().intersects(pill))
                        .forEach(card -> found.add(c.label().text() + " over " + card.cardId()));
            }
        }
        return found;
    }

    private static List<String> labelsOverLabels(MapLayout layout) {
        List<String> found = new ArrayList<>();
        List<ConnectionBox> labelled = layout.connections().stream().filter(c -> c.label() != null).toList();
        for (int i = 0; i < labelled.size(); i++) {
            for (int j = i + 1; j < labelled.size(); j++) {
                if (pill(layout, labelled.get(i).label()).intersects(pill(layout, labelled.get(j).label()))) {
                    found.add(labelled.get(i).connectionId() + " and " + labelled.get(j).connectionId());
                }
            }
        }
        return found;
    }

    /** The label's pill as the painter draws it. */
    private static Rect pill(MapLayout layout, TextLine l) {
        double size = layout.style().typography().size(FontRole.SMALL);
        double lh = layout.style().typography().lineHeight(FontRole.SMALL);
        return new Rect(l.x() - 5, l.baseline() - size - 1, l.width() + 10, lh + 3);
    }

    /** Points along the path: its corners and 16 points on every curve. */
    private static List<Point> samples(PathShape path) {
        List<Point> points = new ArrayList<>();
        Point at = null;
        for (PathShape.Segment s : path.segments()) {
            switch (s.kind()) {
                case MOVE -> at = s.points().get(0);
                case LINE -> {
                    Point to = s.points().get(0);
                    for (int i = 1; i <= 16; i++) {
                        double t = i / 16.0;
                        points.add(new Point(at.x() + (to.x() - at.x()) * t, at.y() + (to.y() - at.y()) * t));
                    }
                    at = to;
                }
                case CUBIC -> {
                    Point c1 = s.points().get(0);
                    Point c2 = s.points().get(1);
                    Point to = s.points().get(2);
                    for (int i = 1; i <= 16; i++) {
                        double t = i / 16.0;
                        double u = 1 - t;
                        points.add(new Point(u * u * u * at.x() + 3 * u * u * t * c1.x() + 3 * u * t * t * c2.x() + t * t * t * to.x(),
                                u * u * u * at.y() + 3 * u * u * t * c1.y() + 3 * u * t * t * c2.y() + t * t * t * to.y()));
                    }
                    at = to;
                }
                default -> {
                }
            }
        }
        return points;
    }
}
