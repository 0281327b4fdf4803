package app.masa.ui.canvas;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import app.masa.ui.session.CellRef;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The right-click menus: on cards, stage and lane headers, arrows, empty cells and the background. */
final class CanvasMenus {
    private CanvasMenus() {
    }

    static ContextMenu forHit(MapCanvas canvas, Hit hit, Point2D at) {
        ContextMenu menu = new ContextMenu();
        switch (hit.kind()) {
            case CARD, CARD_HANDLE, CURVE_POINT -> {
                cardItems(canvas, hit, menu);
                linkItems(canvas, hit.id(), menu);
            }
            case STAGE_HEADER, STAGE_BORDER -> {
                stageItems(canvas, hit.id(), menu);
                linkItems(canvas, hit.id(), menu);
            }
            case LANE_HEADER, LANE_CHEVRON, LANE_BORDER -> laneItems(canvas, hit.id(), menu);
            case CONNECTION -> menu.getItems().addAll(
                    item("canvas.menu.editLabel", () -> canvas.editor().editConnection(hit.id())),
                    item("canvas.menu.deleteArrow", () -> canvas.edits().deleteConnections(canvas.currentMap(),
                            List.of(hit.id()))));
            case CELL -> cellItems(canvas, new CellRef(hit.stageId(), hit.laneId()), menu);
            default -> menu.getItems().addAll(item("canvas.menu.fit", canvas::fitToWindow),
                    item("canvas.menu.paste", canvas::paste));
        }
        return menu;
    }

    private static void cardItems(MapCanvas canvas, Hit hit, ContextMenu menu) {
        Menu type = new Menu(Messages.get("canvas.menu.changeType"));
        for (CardType t : CardType.values()) {
            type.getItems().add(item("canvas.type." + t.name(), () -> {
                JourneyMap map = canvas.currentMap();
                for (String id : List.copyOf(canvas.session().selection().cardIds())) {
                    map.card(id).ifPresent(c -> canvas.edits().changeCard(canvas.currentMap(), c, c.withType(t)));
                }
            }));
        }
        menu.getItems().addAll(
                item("canvas.menu.editTitle", canvas::startEditingSelection),
                item("canvas.menu.duplicate", () -> duplicate(canvas, hit)),
                type,
                item("canvas.menu.comment", () -> canvas.commentOn(hit.id())),
                item("canvas.menu.linkTo", () -> canvas.linkFrom(hit.id())));
        menu.getItems().addAll(pictureItems(canvas, hit.id()));
        menu.getItems().addAll(
                new SeparatorMenuItem(),
                item("canvas.menu.cut", canvas::cut),
                item("canvas.menu.copy", canvas::copy),
                item("canvas.menu.paste", canvas::paste),
                new SeparatorMenuItem(),
                item("canvas.menu.delete", canvas::deleteSelection));
    }

    /** Add picture…, or Replace picture… and Remove picture when the card has one. */
    private static List<MenuItem> pictureItems(MapCanvas canvas, String cardId) {
        Runnable choose = () -> canvas.choosePicture(new PictureDrop.Target(cardId, null));
        if (!hasPicture(canvas, cardId)) {
            return List.of(item("canvas.menu.addPicture", choose));
        }
        return List.of(item("canvas.menu.replacePicture", choose), item("canvas.menu.removePicture", () -> {
            JourneyMap map = canvas.currentMap();
            canvas.edits().apply(Edits.setCardPicture(map.id(), cardId, null));
        }));
    }

    private static boolean hasPicture(MapCanvas canvas, String cardId) {
        return canvas.currentMap().card(cardId).map(c -> c.picture() != null).orElse(false);
    }

    /** Open link and Remove link, for a card or stage that leads somewhere. */
    private static void linkItems(MapCanvas canvas, String source, ContextMenu menu) {
        JourneyMap map = canvas.currentMap();
        if (map.linkFrom(source).isPresent()) {
            menu.getItems().addAll(new SeparatorMenuItem(),
                    item("canvas.menu.openLink", () -> canvas.followLink(source)),
                    item("canvas.menu.removeLink", () -> canvas.session().execute(
                            app.masa.edit.LinkEdits.remove(map.id(), source))));
        }
    }

    private static void duplicate(MapCanvas canvas, Hit hit) {
        JourneyMap map = canvas.currentMap();
        CellRef cell = new CellRef(hit.stageId(), hit.laneId());
        List<String> ids = List.copyOf(canvas.session().selection().cardIds());
        int end = map.cardsIn(cell.stageId(), cell.laneId()).size();
        List<String> copies = canvas.edits().duplicateCards(map, ids, cell, end);
        canvas.session().selection().selectCards(copies);
    }

    private static void stageItems(MapCanvas canvas, String stageId, ContextMenu menu) {
        menu.getItems().addAll(
                item("canvas.menu.rename", () -> canvas.editor().editStage(stageId)),
                item("canvas.menu.comment", () -> canvas.commentOn(stageId)),
                item("canvas.menu.linkTo", () -> canvas.linkFrom(stageId)),
                item("canvas.menu.addStageBefore", () -> nameNewStage(canvas, canvas.edits().addStage(
                        canvas.currentMap(), canvas.currentMap().stageIndex(stageId)))),
                item("canvas.menu.addStageAfter", () -> nameNewStage(canvas, canvas.edits().addStage(
                        canvas.currentMap(), canvas.currentMap().stageIndex(stageId) + 1))),
                new SeparatorMenuItem(),
                item("canvas.menu.deleteStage", () -> {
                    canvas.session().selection().selectStage(stageId);
                    canvas.deleteSelection();
                }));
    }

    /** A new stage is selected and its name opened for typing, as it would be named first anyway. */
    private static void nameNewStage(MapCanvas canvas, String stageId) {
        canvas.session().selection().selectStage(stageId);
        canvas.editor().editStage(stageId);
    }

    private static void nameNewLane(MapCanvas canvas, String laneId) {
        canvas.session().selection().selectLane(laneId);
        canvas.editor().editLane(laneId);
    }

    private static void laneItems(MapCanvas canvas, String laneId, ContextMenu menu) {
        boolean collapsed = canvas.currentMap().lane(laneId).map(l -> l.collapsed()).orElse(false);
        menu.getItems().addAll(
                item("canvas.menu.rename", () -> canvas.editor().editLane(laneId)),
                item("canvas.menu.comment", () -> canvas.commentOn(laneId)),
                item("canvas.menu.addLaneAbove", () -> nameNewLane(canvas, canvas.edits().addLane(
                        canvas.currentMap(), canvas.currentMap().laneIndex(laneId)))),
                item("canvas.menu.addLaneBelow", () -> nameNewLane(canvas, canvas.edits().addLane(
                        canvas.currentMap(), canvas.currentMap().laneIndex(laneId) + 1))),
                item("canvas.menu.addStoryboardBelow", () -> nameNewLane(canvas, canvas.edits().addStoryboardLane(
                        canvas.currentMap(), canvas.currentMap().laneIndex(laneId) + 1))),
                item(collapsed ? "canvas.menu.expand" : "canvas.menu.collapse", () -> {
                    JourneyMap map = canvas.currentMap();
                    map.lane(laneId).ifPresent(l -> canvas.edits().changeLane(map, l, l.withCollapsed(!l.collapsed())));
                }),
                new SeparatorMenuItem(),
                item("canvas.menu.deleteLane", () -> {
                    canvas.session().selection().selectLane(laneId);
                    canvas.deleteSelection();
                }));
    }

    private static void cellItems(MapCanvas canvas, CellRef cell, ContextMenu menu) {
        for (CardType t : CardType.values()) {
            menu.getItems().add(item("canvas.menu.add." + t.name(), () -> {
                JourneyMap map = canvas.currentMap();
                int end = map.cardsIn(cell.stageId(), cell.laneId()).size();
                String id = canvas.edits().addCard(map, cell, end, t, Messages.get("canvas.card.new." + t.name()));
                canvas.pointer().selectCard(id, false);
                canvas.editor().editCard(id);
            }));
        }
        menu.getItems().addAll(new SeparatorMenuItem(),
                item("canvas.menu.addPicture", () -> canvas.choosePicture(new PictureDrop.Target(null,
                        new DropTarget(cell, canvas.currentMap().cardsIn(cell.stageId(), cell.laneId()).size(), null)))),
                item("canvas.menu.paste", canvas::paste));
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
