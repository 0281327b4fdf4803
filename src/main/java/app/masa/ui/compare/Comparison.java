package app.masa.ui.compare;

import app.masa.edit.Command;
import app.masa.edit.Edits;
import app.masa.edit.Refusal;
import app.masa.edit.Take;
import app.masa.i18n.Messages;
import app.masa.layout.VersionMark;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.session.DocumentSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/**
 * A comparison of the shown map with another version of it: the canvas draws the differences, the
 * {@link CompareWindow} lists them, and taking one is one undo step. Kept with the canvas, one per
 * window; a new comparison replaces the last.
 */
public final class Comparison {
    private final DocumentSession session;
    private final MapCanvas canvas;
    private final Set<String> left = new HashSet<>();
    private JourneyMap theirs;
    /** True while the window lists the shown map's merge conflicts rather than another version. */
    private boolean resolving;
    private String sourceName;
    private CompareWindow window;

    private Comparison(DocumentSession session, MapCanvas canvas) {
        this.session = session;
        this.canvas = canvas;
        session.currentMapIdProperty().addListener((o, was, now) -> {
            if (theirs != null && !theirs.id().equals(now)) {
                close();
            }
        });
        session.replacementsProperty().addListener((o, was, now) -> close());
    }

    /** The comparison of the window around this canvas. */
    public static Comparison of(DocumentSession session, MapCanvas canvas) {
        Object kept = canvas.getProperties().get(Comparison.class);
        if (kept instanceof Comparison comparison && comparison.session == session) {
            return comparison;
        }
        Comparison comparison = new Comparison(session, canvas);
        canvas.getProperties().put(Comparison.class, comparison);
        return comparison;
    }

    /**
     * Compares the shown map with its version in {@code other} (the map with the same id), asking
     * which map when it has none of that id. {@code name} says where it came from.
     */
    public void start(JourneyFile other, String name) {
        JourneyMap ours = session.currentMap();
        Optional<JourneyMap> same = other.map(ours.id());
        Optional<JourneyMap> chosen = same.isPresent() ? same : ask(other, name, ours);
        chosen.ifPresent(map -> show(map.withId(ours.id()), name));
    }

    private Optional<JourneyMap> ask(JourneyFile other, String name, JourneyMap ours) {
        List<MapChoice> choices = other.maps().stream().map(MapChoice::new).toList();
        ChoiceDialog<MapChoice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        Dialogs.prepare(dialog, owner());
        dialog.setTitle(Messages.get("compare.open.title"));
        dialog.setHeaderText(Messages.get("compare.noSameMap.header", name, ours.title()));
        dialog.setContentText(Messages.get("compare.noSameMap.detail"));
        return dialog.showAndWait().map(MapChoice::map);
    }

    /** Lists the shown map's merge conflicts in the window, each settled by keeping ours or taking theirs. */
    public void resolveConflicts() {
        theirs = null;
        resolving = true;
        sourceName = session.currentMap().title();
        left.clear();
        canvas.comparedWithProperty().set(null);
        openWindow();
    }

    private void show(JourneyMap other, String name) {
        theirs = other;
        resolving = false;
        sourceName = name;
        left.clear();
        canvas.comparedWithProperty().set(other);
        openWindow();
    }

    private void openWindow() {
        if (window == null) {
            window = new CompareWindow(owner(), this);
        }
        window.show();
    }

    /** The rows still to decide on: the differences that remain, less those left. */
    List<VersionRow> rows() {
        if (resolving) {
            return ConflictRows.of(session.currentMap());
        }
        if (theirs == null) {
            return List.of();
        }
        List<VersionRow> rows = new ArrayList<>();
        for (VersionRow row : VersionRow.between(session.currentMap(), theirs)) {
            if (!left.contains(row.key())) {
                rows.add(row);
            }
        }
        return rows;
    }

    boolean isResolving() {
        return resolving;
    }

    String sourceName() {
        return sourceName;
    }

    DocumentSession session() {
        return session;
    }

    /** Makes the rows' things as the other version has them, as one undo step. */
    Optional<Refusal> take(List<VersionRow> rows) {
        if (resolving) {
            return settle(rows, true);
        }
        List<Take> takes = rows.stream().flatMap(r -> r.takes().stream()).toList();
        if (takes.isEmpty()) {
            return Optional.empty();
        }
        Command command = Edits.takeVersion(session.currentMap().id(), theirs, takes);
        Optional<Refusal> refusal = session.execute(command);
        session.seal();
        return refusal;
    }

    void leave(List<VersionRow> rows) {
        if (resolving) {
            settle(rows, false);
            return;
        }
        rows.forEach(r -> left.add(r.key()));
    }

    /** Takes theirs or keeps ours on each conflict, as one undo step. */
    private Optional<Refusal> settle(List<VersionRow> rows, boolean takeTheirs) {
        String mapId = session.currentMap().id();
        List<Command> commands = rows.stream().filter(VersionRow::isConflict)
                .map(r -> takeTheirs ? Edits.takeOtherVersion(mapId, r.conflict().kind(), r.conflict().id())
                        : Edits.keepCurrentVersion(mapId, r.conflict().kind(), r.conflict().id())).toList();
        if (commands.isEmpty()) {
            return Optional.empty();
        }
        Command command = commands.size() == 1 ? commands.get(0) : Edits.compound(Messages.get(
                takeTheirs ? "edit.conflict.takeOther.many" : "edit.conflict.keep.many", commands.size()), commands);
        Optional<Refusal> refusal = session.execute(command);
        session.seal();
        return refusal;
    }

    /** Selects the row's thing on the canvas and scrolls it into view. */
    void reveal(VersionRow row) {
        switch (row.element()) {
            case CARD -> {
                if (session.currentMap().card(row.id()).isPresent()) {
                    session.selection().selectCards(List.of(row.id()));
                } else {
                    session.selection().clear();
                }
            }
            case STAGE -> selectIfHere(session.currentMap().stage(row.id()).isPresent(),
                    () -> session.selection().selectStage(row.id()));
            case LANE -> selectIfHere(session.currentMap().lane(row.id()).isPresent(),
                    () -> session.selection().selectLane(row.id()));
            case CONNECTION -> selectIfHere(session.currentMap().connection(row.id()).isPresent(),
                    () -> session.selection().selectConnection(row.id()));
            default -> { }
        }
        for (VersionMark mark : canvas.versionMarks()) {
            if (mark.id().equals(row.id()) && mark.bounds() != null && mark.thing().name().equals(row.element().name())) {
                canvas.reveal(mark.bounds());
            }
        }
    }

    private void selectIfHere(boolean here, Runnable select) {
        if (here) {
            select.run();
        } else {
            session.selection().clear();
        }
    }

    /** Ends the comparison: the canvas shows the map alone again. */
    void close() {
        theirs = null;
        resolving = false;
        canvas.comparedWithProperty().set(null);
        if (window != null) {
            window.hide();
        }
    }

    /** The window of the comparison, while one is open; for tests. */
    public Optional<javafx.stage.Stage> window() {
        return window == null ? Optional.empty() : Optional.of(window.stage());
    }

    private Window owner() {
        return canvas.getScene() == null ? null : canvas.getScene().getWindow();
    }

    /** A map offered in the choice, shown by its title. */
    private record MapChoice(JourneyMap map) {
        @Override
        public String toString() {
            return map.title();
        }
    }
}
