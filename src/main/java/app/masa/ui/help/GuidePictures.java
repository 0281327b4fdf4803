package app.masa.ui.help;

import app.masa.export.MapImages;
import app.masa.io.JourneyFileException;
import app.masa.io.TemplateCatalog;
import app.masa.layout.CellBox;
import app.masa.layout.LaneBox;
import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import app.masa.model.LaneKind;
import app.masa.ui.common.FxImages;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.image.Image;

/**
 * The pictures of the getting-started guide: parts of the sample map (the organic grocer) drawn by the
 * same painter as the canvas and the exports, in the language of the interface, so each step shows
 * what the user's own map will look like, the right way round.
 */
final class GuidePictures {
    /** What a picture shows. */
    enum Part {
        WHOLE_MAP, STAGES, TOUCHPOINTS, EMOTION_CURVE, PAIN_POINTS
    }

    /** The stages a part shows, counted from the start of the journey: few, so the words stay readable. */
    private static final int STAGES_SHOWN = 2;
    /** The curve needs a few more stages to show its ups and downs. */
    private static final int CURVE_STAGES_SHOWN = 3;
    private static final double AIR = 8;
    private static final double MAX_PART_HEIGHT = 280;
    private static final double CORNER_HEIGHT = 240;
    private static final double WHOLE_MAP_SCALE = 0.3;

    private final String language;
    private final Map<Part, Optional<Image>> made = new EnumMap<>(Part.class);
    private JourneyMap map;
    private MapLayout layout;
    private BufferedImage full;

    GuidePictures(String language) {
        this.language = language;
    }

    Optional<Image> of(Part part) {
        return made.computeIfAbsent(part, this::draw);
    }

    private Optional<Image> draw(Part part) {
        try {
            prepare();
            if (part == Part.WHOLE_MAP) {
                return Optional.of(FxImages.toFx(MapImages.render(layout, WHOLE_MAP_SCALE, false)));
            }
            if (full == null) {
                full = MapImages.render(layout, 1, false);
            }
            Rect r = clip(area(part));
            return Optional.of(FxImages.toFx(full.getSubimage((int) r.x(), (int) r.y(), (int) r.width(), (int) r.height())));
        } catch (JourneyFileException | RuntimeException e) {
            // A guide without a picture still guides; the step shows its words alone.
            return Optional.empty();
        }
    }

    private void prepare() throws JourneyFileException {
        if (layout == null) {
            TemplateCatalog catalog = TemplateCatalog.builtIn();
            map = catalog.sample(language).maps().get(0);
            layout = new LayoutEngine().layout(map, LayoutOptions.canvas().withPersonaHeader(false));
        }
    }

    private Rect area(Part part) {
        List<String> firstStages = map.stages().stream().limit(STAGES_SHOWN).map(s -> s.id()).toList();
        List<String> curveStages = map.stages().stream().limit(CURVE_STAGES_SHOWN).map(s -> s.id()).toList();
        return switch (part) {
            case STAGES -> corner(firstStages);
            case TOUCHPOINTS -> lanes(lanesHolding(CardType.TOUCHPOINT), firstStages);
            case EMOTION_CURVE -> lanes(layout.lanes().stream().filter(l -> l.kind() == LaneKind.EMOTION)
                    .map(LaneBox::laneId).limit(1).collect(Collectors.toSet()), curveStages);
            case PAIN_POINTS -> lanes(lanesHolding(CardType.PAIN_POINT, CardType.OPPORTUNITY), firstStages);
            case WHOLE_MAP -> new Rect(0, 0, layout.width(), layout.height());
        };
    }

    /** The corner where the map starts: the first stages' names above the first lane's title and cards. */
    private Rect corner(List<String> stageIds) {
        List<Rect> parts = new ArrayList<>(layout.stages().stream().filter(s -> stageIds.contains(s.stageId()))
                .map(s -> s.header()).toList());
        Rect lanes = lanes(Set.of(layout.lanes().get(0).laneId()), stageIds);
        parts.add(lanes);
        Rect all = union(parts);
        return new Rect(all.x(), all.y(), all.width(), Math.min(all.height(), CORNER_HEIGHT));
    }

    /** The first lane that holds cards of each type. */
    private Set<String> lanesHolding(CardType... types) {
        Set<String> lanes = new LinkedHashSet<>();
        for (CardType type : types) {
            map.cards().stream().filter(c -> c.type() == type).map(Card::laneId).findFirst().ifPresent(lanes::add);
        }
        return lanes;
    }

    /** The lanes' titles and their cells in the given stages. */
    private Rect lanes(Set<String> laneIds, List<String> stageIds) {
        List<Rect> parts = new ArrayList<>();
        for (LaneBox lane : layout.lanes()) {
            if (laneIds.contains(lane.laneId())) {
                parts.add(lane.header());
            }
        }
        for (CellBox cell : layout.cells()) {
            if (laneIds.contains(cell.laneId()) && stageIds.contains(cell.stageId())) {
                parts.add(cell.bounds());
            }
        }
        Rect all = union(parts);
        return new Rect(all.x(), all.y(), all.width(), Math.min(all.height(), MAX_PART_HEIGHT));
    }

    private static Rect union(List<Rect> rects) {
        if (rects.isEmpty()) {
            throw new IllegalStateException("the sample map has nothing to show here");
        }
        double x = rects.stream().mapToDouble(Rect::x).min().orElse(0);
        double y = rects.stream().mapToDouble(Rect::y).min().orElse(0);
        double maxX = rects.stream().mapToDouble(Rect::maxX).max().orElse(0);
        double maxY = rects.stream().mapToDouble(Rect::maxY).max().orElse(0);
        return new Rect(x, y, maxX - x, maxY - y);
    }

    /** A little air around the part, kept inside the picture of the map. */
    private Rect clip(Rect r) {
        double x = Math.max(0, Math.floor(r.x() - AIR));
        double y = Math.max(0, Math.floor(r.y() - AIR));
        double maxX = Math.min(full.getWidth(), Math.ceil(r.maxX() + AIR));
        double maxY = Math.min(full.getHeight(), Math.ceil(r.maxY() + AIR));
        return new Rect(x, y, Math.max(1, maxX - x), Math.max(1, maxY - y));
    }
}
