package app.masa.ui.canvas;

import app.masa.i18n.Messages;
import app.masa.layout.CardBox;
import app.masa.layout.ConnectionBox;
import app.masa.layout.FontRole;
import app.masa.layout.LaneBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.StageBox;
import app.masa.layout.TextDirection;
import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import app.masa.ui.common.AfterFirstFrame;
import app.masa.ui.common.Shortcut;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;

/**
 * A wrapping text area laid over the canvas to type a title where it shows: a card's title, a stage's name,
 * a lane's title, an arrow's label, or a new card. Enter confirms, Escape cancels, clicking
 * elsewhere confirms. The field follows the map when it scrolls or zooms.
 */
final class InPlaceEditor {
    /** What happens when the typing ends. */
    interface Session {
        void commit(String text);

        /** Enter was pressed after the commit (capture goes on to the next card). */
        default void afterEnter() {
        }

        /** Tab or Shift+Tab: capture moves to the next or previous cell. */
        default boolean tab(String text, boolean backwards) {
            return false;
        }

        default void ended() {
        }
    }

    private static final KeyCombination CONFIRM = anyModifiers(KeyCode.ENTER);
    private static final KeyCombination CANCEL = anyModifiers(KeyCode.ESCAPE);
    private static final KeyCombination NEXT_CELL = new KeyCodeCombination(KeyCode.TAB,
            KeyCombination.CONTROL_ANY, KeyCombination.ALT_ANY, KeyCombination.META_ANY, KeyCombination.SHORTCUT_ANY);
    private static final KeyCombination PREVIOUS_CELL = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN,
            KeyCombination.CONTROL_ANY, KeyCombination.ALT_ANY, KeyCombination.META_ANY, KeyCombination.SHORTCUT_ANY);

    private final MapCanvas canvas;
    private final Pane layer;
    private TextArea area;
    /** The area while an edit is open, null otherwise. */
    private TextArea field;
    private Rect target;
    private FontRole role;
    private Session session;
    private boolean mapRightToLeft;

    InPlaceEditor(MapCanvas canvas, Pane layer) {
        this.canvas = canvas;
        this.layer = layer;
        // Made once the window shows, so its skin (which handles typing) exists before the first
        // keystroke arrives, without delaying the window's first frame (a text area is one of the
        // costliest controls to style); an edit opened before then makes it there and then.
        AfterFirstFrame.run(layer, this::area);
    }

    /** The keys of the field as the keyboard guide lists them: the same combinations {@link #key} matches. */
    static List<Shortcut> shortcuts() {
        return List.of(
                Shortcut.of(Messages.get("keys.editor.confirm"), List.of(CONFIRM)),
                Shortcut.of(Messages.get("keys.editor.cancel"), List.of(CANCEL)),
                Shortcut.of(Messages.get("keys.editor.nextCell"), List.of(NEXT_CELL)),
                Shortcut.of(Messages.get("keys.editor.previousCell"), List.of(PREVIOUS_CELL)));
    }

    private static KeyCombination anyModifiers(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_ANY, KeyCombination.CONTROL_ANY,
                KeyCombination.ALT_ANY, KeyCombination.META_ANY, KeyCombination.SHORTCUT_ANY);
    }

    boolean isEditing() {
        return field != null;
    }

    /** The text being typed, for tests. */
    TextArea field() {
        return field;
    }

    void editSelection() {
        var sel = canvas.session().selection();
        if (sel.cardIds().size() == 1) {
            editCard(sel.cardIds().iterator().next());
        } else if (sel.stageIdProperty().get() != null) {
            editStage(sel.stageIdProperty().get());
        } else if (sel.laneIdProperty().get() != null) {
            editLane(sel.laneIdProperty().get());
        } else if (sel.connectionIdProperty().get() != null) {
            editConnection(sel.connectionIdProperty().get());
        } else if (sel.cellProperty().get() != null) {
            canvas.capture().startIn(sel.cellProperty().get());
        }
    }

    void editCard(String cardId) {
        JourneyMap map = canvas.currentMap();
        CardBox box = canvas.index().card(cardId);
        Card card = map.card(cardId).orElse(null);
        if (box == null || card == null) {
            return;
        }
        canvas.reveal(box.bounds());
        openSimple(box.bounds(), card.title(), FontRole.CARD_TITLE,
                text -> canvas.edits().changeCard(canvas.currentMap(), card, card.withTitle(text)));
    }

    void editStage(String stageId) {
        JourneyMap map = canvas.currentMap();
        Stage stage = map.stage(stageId).orElse(null);
        StageBox box = canvas.currentLayout().stages().stream().filter(s -> s.stageId().equals(stageId))
                .findFirst().orElse(null);
        if (stage == null || box == null) {
            return;
        }
        canvas.reveal(box.header());
        openSimple(box.header(), stage.name(), FontRole.STAGE_NAME,
                text -> canvas.edits().changeStage(canvas.currentMap(), stage, stage.withName(text)));
    }

    void editLane(String laneId) {
        JourneyMap map = canvas.currentMap();
        Lane lane = map.lane(laneId).orElse(null);
        LaneBox box = canvas.currentLayout().lanes().stream().filter(l -> l.laneId().equals(laneId))
                .findFirst().orElse(null);
        if (lane == null || box == null) {
            return;
        }
        Rect h = box.header();
        Rect top = new Rect(h.x(), h.y(), h.width(), Math.min(h.height(), 44));
        canvas.reveal(top);
        openSimple(top, lane.title(), FontRole.LANE_TITLE,
                text -> canvas.edits().changeLane(canvas.currentMap(), lane, lane.withTitle(text)));
    }

    void editConnection(String connectionId) {
        JourneyMap map = canvas.currentMap();
        Connection c = map.connection(connectionId).orElse(null);
        ConnectionBox box = canvas.currentLayout().connections().stream()
                .filter(b -> b.connectionId().equals(connectionId)).findFirst().orElse(null);
        if (c == null || box == null) {
            return;
        }
        Rect bounds = PathGeometry.bounds(box.path());
        double cx = box.labelAnchor() != null ? box.labelAnchor().x() : bounds.centerX();
        double cy = box.labelAnchor() != null ? box.labelAnchor().y() : bounds.centerY();
        openSimple(new Rect(cx - 80, cy - 14, 160, 28), c.label(), FontRole.SMALL,
                text -> canvas.edits().changeConnection(canvas.currentMap(), c, c.withLabel(text)));
    }

    /** Opens the field over a layout rectangle with a text and what to do with the result. */
    void openSimple(Rect where, String text, FontRole textRole, Consumer<String> onCommit) {
        open(where, text, textRole, new Session() {
            @Override
            public void commit(String t) {
                onCommit.accept(t);
            }
        });
    }

    void open(Rect where, String text, FontRole textRole, Session whenDone) {
        close();
        MapLayout layout = canvas.currentLayout();
        mapRightToLeft = layout.direction().isRightToLeft();
        target = where;
        role = textRole;
        session = whenDone;
        field = area();
        field.setText(text);
        orient();
        follow();
        field.setVisible(true);
        field.applyCss();
        field.requestFocus();
        field.selectAll();
    }

    /**
     * One text area for every edit, kept in the scene: going from one typed card to the next keeps
     * the keyboard focus where it is, so no keystroke is lost while focus moves.
     */
    private TextArea area() {
        if (area == null) {
            area = new TextArea();
            area.getStyleClass().add("canvas-editor");
            area.setWrapText(true);
            area.setManaged(false);
            area.setVisible(false);
            area.textProperty().addListener((o, a, v) -> {
                if (field != null) {
                    orient();
                }
            });
            area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            // Clicking elsewhere confirms; after Enter or Escape there is nothing left to confirm.
            area.focusedProperty().addListener((o, was, now) -> {
                if (was && !now && field != null) {
                    commit();
                }
            });
            layer.getChildren().add(area);
        }
        return area;
    }

    /** Keeps the field over its target after a scroll or zoom. */
    void follow() {
        if (field == null) {
            return;
        }
        double zoom = canvas.viewport().zoom();
        Point2D topLeft = canvas.viewport().toView(target.x(), target.y());
        FxFonts fonts = canvas.fonts();
        if (fonts != null) {
            field.setFont(fonts.font(role, zoom));
        }
        double minHeight = field.getFont().getSize() * 1.6 + 12;
        double h = Math.max(minHeight, target.height() * zoom);
        field.resizeRelocate(topLeft.getX(), topLeft.getY(), Math.max(60, target.width() * zoom), h);
    }

    /**
     * A character typed in the instant between opening the field and the field taking the focus
     * reached the canvas instead; it belongs at the end of the text.
     */
    void typeLate(String character) {
        if (field != null) {
            field.appendText(character);
        }
    }

    /** Confirms what was typed (clicking elsewhere does this too). */
    void commit() {
        if (field == null) {
            return;
        }
        String text = field.getText().strip();
        Session done = session;
        close();
        done.commit(text);
        done.ended();
    }

    void cancel() {
        if (field == null) {
            return;
        }
        Session done = session;
        close();
        done.ended();
        canvas.requestFocus();
    }

    private void key(KeyEvent e) {
        if (CONFIRM.match(e)) {
            e.consume();
            Session done = session;
            String text = field.getText().strip();
            close();
            done.commit(text);
            done.afterEnter();
            if (field == null) {
                done.ended();
                canvas.requestFocus();
            }
        } else if (CANCEL.match(e)) {
            e.consume();
            cancel();
        } else if (NEXT_CELL.match(e) || PREVIOUS_CELL.match(e)) {
            e.consume();
            Session done = session;
            String text = field.getText().strip();
            close();
            if (!done.tab(text, PREVIOUS_CELL.match(e))) {
                done.commit(text);
                done.ended();
                canvas.requestFocus();
            }
        }
    }

    /** Ends the edit; the area is hidden a moment later unless the next edit (capture) took it over. */
    private void close() {
        if (field != null) {
            field = null;
            Platform.runLater(() -> {
                if (field == null && area != null) {
                    area.setVisible(false);
                }
            });
        }
    }

    /** Right-to-left typing for a right-to-left text, or for an empty one in a right-to-left map. */
    private void orient() {
        String t = field.getText();
        boolean rtl = t.isBlank() ? mapRightToLeft : TextDirection.isRightToLeft(t, mapRightToLeft);
        field.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    }
}
