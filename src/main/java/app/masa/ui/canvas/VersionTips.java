package app.masa.ui.canvas;

import app.masa.analysis.diff.Change;
import app.masa.analysis.diff.DiffWriter;
import app.masa.analysis.diff.MapDiff;
import app.masa.i18n.Messages;
import app.masa.layout.VersionMark;
import app.masa.model.JourneyMap;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the other version has instead, for the tooltip over a card or header it changes. */
final class VersionTips {
    private VersionTips() {
    }

    static Optional<String> at(MapCanvas canvas, double x, double y) {
        JourneyMap other = canvas.comparedWithProperty().get();
        if (other == null || canvas.versionMarks().isEmpty()) {
            return Optional.empty();
        }
        for (int i = canvas.versionMarks().size() - 1; i >= 0; i--) {
            VersionMark mark = canvas.versionMarks().get(i);
            if (mark.bounds() != null && mark.bounds().contains(x, y)) {
                String lines = MapDiff.between(canvas.currentMap(), other).stream()
                        .filter(c -> c.id().equals(mark.id()) && sameThing(c.element(), mark.thing()))
                        .map(DiffWriter::line).collect(Collectors.joining("\n"));
                return lines.isEmpty() ? Optional.empty() : Optional.of(Messages.get("compare.tip.other", lines));
            }
        }
        return Optional.empty();
    }

    private static boolean sameThing(Change.Element element, VersionMark.Thing thing) {
        return element.name().equals(thing.name());
    }
}
