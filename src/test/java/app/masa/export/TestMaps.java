package app.masa.export;

import app.masa.io.JourneyFileException;
import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import app.masa.layout.MapLayout;
import app.masa.layout.SampleMaps;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The maps export tests run on: every built-in template in every language, and the maps built in code. */
final class TestMaps {
    private TestMaps() {
    }

    static List<JourneyMap> templates() {
        List<JourneyMap> maps = new ArrayList<>();
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        for (TemplateInfo info : catalog.list()) {
            for (String language : info.languages()) {
                try {
                    maps.addAll(catalog.create(info.id(), language).maps());
                } catch (JourneyFileException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        }
        return maps;
    }

    static List<JourneyMap> all() {
        List<JourneyMap> maps = new ArrayList<>(templates());
        maps.add(SampleMaps.english());
        maps.add(SampleMaps.hebrew());
        return maps;
    }

    /** Every stage name, lane title and card title of a map: what a reader must find in an export. */
    static List<String> titles(JourneyMap map) {
        List<String> titles = new ArrayList<>();
        map.stages().stream().map(Stage::name).forEach(titles::add);
        map.lanes().stream().map(Lane::title).forEach(titles::add);
        map.lanes().stream().filter(l -> !l.collapsed()).forEach(lane -> map.cards().stream()
                .filter(c -> c.laneId().equals(lane.id()) && lane.kind() != app.masa.model.LaneKind.EMOTION)
                .map(Card::title).forEach(titles::add));
        titles.removeIf(String::isBlank);
        return titles;
    }

    /**
     * How a title must appear in extracted text. A title in one direction must appear whole. For a
     * title mixing Hebrew with Latin letters or digits, an extractor cannot know the order the runs
     * were typed in, only what they spell, so each run of letters must appear correctly spelled.
     */
    static List<String> expectedRuns(String title) {
        String t = normalized(title);
        boolean hebrew = t.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT);
        boolean latin = t.codePoints().anyMatch(c -> Character.isDigit(c)
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT);
        if (!(hebrew && latin)) {
            return List.of(t);
        }
        List<String> runs = new ArrayList<>();
        for (String run : t.split("[^\\p{L}\\p{N}]+")) {
            if (!run.isEmpty()) {
                runs.add(run);
            }
        }
        return runs;
    }

    /**
     * Every line of every stage name, lane title and card title as laid out. A title wrapped onto two
     * lines of a card is two lines of text to an extractor, which cannot know they belong together.
     */
    static List<String> titleLines(MapLayout layout) {
        List<String> lines = new ArrayList<>();
        layout.stages().forEach(s -> s.nameLines().forEach(l -> lines.add(l.text())));
        layout.lanes().forEach(l -> l.titleLines().forEach(t -> lines.add(t.text())));
        layout.cards().forEach(c -> c.titleLines().forEach(t -> lines.add(t.text())));
        lines.removeIf(String::isBlank);
        return lines;
    }

    static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("masa-export-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
