package app.masa.ui.shell;

import app.masa.i18n.Messages;
import app.masa.ui.common.HoverTips;
import app.masa.ui.workshop.Workshop;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignQ;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The tool bar: file, history, zoom and structure actions as icons, each with a tooltip. */
public final class MainToolBar {
    private static final Duration SHOW_DELAY = Duration.millis(400);

    private final ShellActions actions;

    public MainToolBar(ShellActions actions) {
        this.actions = actions;
    }

    public ToolBar build() {
        CanvasCommands canvas = actions.canvas();
        Button undo = button(MaterialDesignU.UNDO, "ui.tool.undo", () -> actions.session().undo());
        undo.disableProperty().bind(actions.session().canUndoProperty().not());
        Button redo = button(MaterialDesignR.REDO, "ui.tool.redo", () -> actions.session().redo());
        redo.disableProperty().bind(actions.session().canRedoProperty().not());
        Button save = button(MaterialDesignC.CONTENT_SAVE_OUTLINE, "ui.tool.save", () -> actions.files().save());
        ToolBar bar = new ToolBar(
                button(MaterialDesignF.FILE_PLUS_OUTLINE, "ui.tool.new", () -> actions.files().newFromTemplate()),
                button(MaterialDesignF.FOLDER_OPEN_OUTLINE, "ui.tool.open", () -> actions.files().open()),
                save,
                new Separator(Orientation.VERTICAL),
                undo,
                redo,
                new Separator(Orientation.VERTICAL),
                button(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "ui.tool.zoomOut", canvas::zoomOut),
                button(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "ui.tool.zoomIn", canvas::zoomIn),
                button(MaterialDesignF.FIT_TO_PAGE_OUTLINE, "ui.tool.fit", canvas::fitToWindow),
                button(MaterialDesignA.ARROW_EXPAND_HORIZONTAL, "ui.tool.fitWidth", canvas::fitToWidth),
                sidePanels(),
                new Separator(Orientation.VERTICAL),
                button(MaterialDesignT.TABLE_COLUMN_PLUS_AFTER, "ui.tool.addStage", actions::addStage),
                button(MaterialDesignT.TABLE_ROW_PLUS_AFTER, "ui.tool.addLane", actions::addLane),
                new Separator(Orientation.VERTICAL),
                button(MaterialDesignP.PRESENTATION_PLAY, "workshop.tool.present", () -> workshop().present()),
                button(MaterialDesignV.VOTE_OUTLINE, "workshop.tool.vote", () -> workshop().showVote()),
                button(MaterialDesignT.TIMER_OUTLINE, "workshop.tool.timer", () -> workshop().showTimer()),
                button(MaterialDesignQ.QRCODE, "workshop.tool.room", () -> workshop().inviteRoom()),
                new Separator(Orientation.VERTICAL),
                button(MaterialDesignE.EXPORT_VARIANT, "ui.tool.export", actions::export));
        bar.getStyleClass().add("masa-toolbar");
        return bar;
    }

    /** Pressed while the palette and the inspector show; released, the map has the whole width. */
    private ToggleButton sidePanels() {
        ToggleButton toggle = new ToggleButton(null, new FontIcon(MaterialDesignV.VIEW_ARRAY_OUTLINE));
        toggle.getStyleClass().addAll("flat", "button-icon");
        toggle.setId("ui-tool-sidePanels");
        HoverTips.install(toggle, Messages.get("ui.tool.sidePanels"), SHOW_DELAY);
        toggle.setAccessibleText(Messages.get("ui.tool.sidePanels"));
        toggle.setFocusTraversable(false);
        toggle.selectedProperty().bindBidirectional(actions.sidePanelsShown());
        return toggle;
    }

    private Workshop workshop() {
        return Workshop.of(actions.session(), actions.canvas().node());
    }

    private static Button button(Ikon icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "button-icon");
        button.setId(tooltipKey.replace('.', '-'));
        HoverTips.install(button, Messages.get(tooltipKey), SHOW_DELAY);
        button.setAccessibleText(Messages.get(tooltipKey));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
