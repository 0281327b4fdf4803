package app.masa.export;

import app.masa.layout.CardBox;
import app.masa.layout.ConnectionBox;
import app.masa.layout.FontRole;
import app.masa.layout.Group;
import app.masa.layout.LaneBox;
import app.masa.layout.MapLayout;
import app.masa.layout.MetricsBand;
import app.masa.layout.PersonaBox;
import app.masa.layout.StageBox;
import app.masa.layout.TextLine;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * The structure of one map in a tagged PDF, built from the parts the painter opens: the title as
 * the top heading, each stage's name as a heading (followed by its figures when the map shows the
 * metrics band), then each lane as a section with its name as a heading, its cards as a list in
 * reading order (stage by stage, first stage first, which in a right-to-left map is the right-most)
 * and its emotion curve as a figure with a spoken description; after the lanes, each arrow between
 * cards as a figure that says which cards it joins.
 *
 * <p>The painter draws lane by lane; the tree is put in reading order once every page is drawn. Only
 * text is content, apart from the drawings of the curve and of the arrows, which are figures;
 * backgrounds and grid lines are artifacts. On tiles a part is drawn again on each tile it reaches:
 * the first tile's copy is the content and the others are artifacts, so a reader hears each card once.
 */
final class MapTags implements PdfTags {
    private final MapLayout layout;
    private final String languageTag;
    private final Locale locale;
    private final String titleHeading = "H1";
    private final String stageHeading;
    private final String laneHeading;
    private final Map<String, Part> parts = new HashMap<>();
    private final Deque<Group> groups = new ArrayDeque<>();
    /** By id, for the arrows' alternative texts: looked up once per arrow, not searched. */
    private Map<String, CardBox> cardsById;
    private Map<String, ConnectionBox> connectionsById;
    private PdfMarkedPage page;

    /** An element and the page whose copy of it is the content. */
    private static final class Part {
        final PDStructureElement element;
        PDPage owner;

        Part(String type) {
            element = new PDStructureElement(type, null);
        }
    }

    MapTags(MapLayout layout, String languageTag) {
        this.layout = layout;
        this.languageTag = languageTag;
        this.locale = Locale.forLanguageTag(languageTag);
        boolean titled = layout.titleLines().stream().anyMatch(l -> l.role() == FontRole.MAP_TITLE && !l.text().isBlank());
        int stageLevel = titled ? 2 : 1;
        this.stageHeading = "H" + stageLevel;
        this.laneHeading = "H" + (layout.stages().isEmpty() ? stageLevel : stageLevel + 1);
    }

    /** The page drawn next. */
    void onPage(PdfMarkedPage next) {
        this.page = next;
        groups.clear();
    }

    @Override
    public void beginGroup(Group group) {
        groups.push(group);
    }

    @Override
    public void endGroup() {
        groups.pop();
    }

    @Override
    public void before(Ink ink, TextLine line) {
        Group group = groups.peek();
        page.enter(group == null ? null : element(group, ink, line));
    }

    private PDStructureElement element(Group g, Ink ink, TextLine line) {
        if (g.role() == Group.Role.CURVE) {
            return figure("curve:" + g.id(), () -> EmotionCurveAlt.of(layout, g.id(), locale));
        }
        if (g.role() == Group.Role.CONNECTION) {
            return figure("connection:" + g.id(), () -> {
                ConnectionBox connection = connectionsById().get(g.id());
                return connection == null ? g.label() : ConnectionAlt.of(cardsById(), connection, locale);
            });
        }
        if (ink != Ink.TEXT) {
            return null;
        }
        return switch (g.role()) {
            case TITLE -> line.role() == FontRole.MAP_TITLE ? owned("title", titleHeading) : owned("subtitle", "P");
            case PERSONA -> owned("persona:" + g.id(), "P");
            case STAGE -> owned("stage:" + g.id(), stageHeading);
            case METRICS -> owned(metricsKey(line), "P");
            case LANE -> owned("lane:" + g.id(), laneHeading);
            case CARD -> owned("card:" + g.id(), "LBody");
            case GUIDES -> owned("guides", "P");
            case CONNECTIONS -> owned("connections", "P");
            case CURVE, CONNECTION -> throw new IllegalStateException("handled above");
        };
    }

    /** A stage's figures are read after its heading; the band's own title before the stages. */
    private String metricsKey(TextLine line) {
        if (layout.metricsBand() != null) {
            for (MetricsBand.Cell cell : layout.metricsBand().cells()) {
                if (cell.lines().contains(line)) {
                    return "metrics:" + cell.stageId();
                }
            }
        }
        return "metrics";
    }

    /** A figure is read by its alternative text alone, so it gets one when it is made. */
    private PDStructureElement figure(String key, Supplier<String> alt) {
        if (!parts.containsKey(key)) {
            parts.put(key, new Part("Figure"));
            parts.get(key).element.setAlternateDescription(alt.get());
        }
        return owned(key, "Figure");
    }

    /** The element for this key, or null (an artifact) when another page already holds its content. */
    private PDStructureElement owned(String key, String type) {
        Part part = parts.computeIfAbsent(key, k -> new Part(type));
        if (part.owner == null) {
            part.owner = page.page();
            part.element.setPage(part.owner);
        }
        return part.owner == page.page() ? part.element : null;
    }

    /** The map's part of the document in reading order, once all its pages are drawn. */
    PDStructureElement structure() {
        PDStructureElement map = new PDStructureElement("Part", null);
        map.setLanguage(languageTag);
        add(map, "title");
        add(map, "subtitle");
        for (PersonaBox persona : layout.personas()) {
            add(map, "persona:" + persona.personaId());
        }
        add(map, "metrics");
        layout.stages().stream().sorted(Comparator.comparingInt(StageBox::index)).forEach(stage -> {
            add(map, "stage:" + stage.stageId());
            add(map, "metrics:" + stage.stageId());
        });
        for (LaneBox lane : layout.lanes()) {
            PDStructureElement section = new PDStructureElement("Sect", null);
            add(section, "lane:" + lane.laneId());
            PDStructureElement list = new PDStructureElement("L", null);
            for (CardBox card : cardsInReadingOrder(lane.laneId())) {
                Part body = parts.get("card:" + card.cardId());
                if (body != null) {
                    PDStructureElement item = new PDStructureElement("LI", null);
                    item.appendKid(body.element);
                    list.appendKid(item);
                }
            }
            if (!list.getKids().isEmpty()) {
                section.appendKid(list);
            }
            add(section, "curve:" + lane.laneId());
            if (!section.getKids().isEmpty()) {
                map.appendKid(section);
            }
        }
        add(map, "guides");
        add(map, "connections");
        for (ConnectionBox c : layout.connections()) {
            add(map, "connection:" + c.connectionId());
        }
        return map;
    }

    private void add(PDStructureElement parent, String key) {
        Part part = parts.get(key);
        if (part != null) {
            parent.appendKid(part.element);
        }
    }

    private Map<String, CardBox> cardsById() {
        if (cardsById == null) {
            cardsById = new HashMap<>();
            layout.cards().forEach(card -> cardsById.putIfAbsent(card.cardId(), card));
        }
        return cardsById;
    }

    private Map<String, ConnectionBox> connectionsById() {
        if (connectionsById == null) {
            connectionsById = new HashMap<>();
            layout.connections().forEach(c -> connectionsById.putIfAbsent(c.connectionId(), c));
        }
        return connectionsById;
    }

    /** Stage by stage from the first; within a stage's cell from the top, then from the reading start. */
    private List<CardBox> cardsInReadingOrder(String laneId) {
        Map<String, Integer> stageIndex = new HashMap<>();
        layout.stages().forEach(s -> stageIndex.put(s.stageId(), s.index()));
        boolean rtl = layout.direction().isRightToLeft();
        return layout.cards().stream().filter(c -> c.laneId().equals(laneId))
                .sorted(Comparator.<CardBox>comparingInt(c -> stageIndex.getOrDefault(c.stageId(), Integer.MAX_VALUE))
                        .thenComparingDouble(c -> c.bounds().y())
                        .thenComparingDouble(c -> rtl ? -c.bounds().x() : c.bounds().x()))
                .toList();
    }
}
