package app.masa.ui.export;

import app.masa.i18n.Messages;
import app.masa.model.Brand;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Dialog;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File > Export…: the format and its options, which maps and stages, and a live preview of the first
 * page beside them. The file is chosen next.
 */
public final class ExportDialog {
    private static final double PREVIEW_WIDTH = 420;
    private static final double PREVIEW_HEIGHT = 360;
    private static final double CHOICES_WIDTH = 400;
    private static final double MIN_CHOICES_HEIGHT = 160;

    private ExportDialog() {
    }

    /** A dialog ready to show; its result is the request, or null when the person cancelled. */
    public static Dialog<ExportRequest> create(Window owner, List<JourneyMap> maps, String currentMapId,
                                               ExportChoices initial) {
        return create(owner, maps, currentMapId, initial, Brand.NONE);
    }

    /** @param brand the file's brand, which the export wears unless the person asks for a plain one */
    public static Dialog<ExportRequest> create(Window owner, List<JourneyMap> maps, String currentMapId,
                                               ExportChoices initial, Brand brand) {
        ExportForm form = new ExportForm(initial, brand);
        MapStageChooser chooser = new MapStageChooser(maps, currentMapId);
        PreviewPane preview = new PreviewPane(PREVIEW_WIDTH, PREVIEW_HEIGHT, () -> new PreviewRequest(
                chooser.chosenMaps(), form.format(), form.options().withVisibleStageIds(chooser.visibleStageIds()),
                form.readablePaper()));
        InvalidationListener changed = o -> preview.refresh();
        form.observables().forEach(o -> o.addListener(changed));
        chooser.onChange(preview::refresh);

        VBox choices = new VBox(12, form.node(), new Separator(), chooser.node());
        // The options keep their full width; the preview beside them has a fixed size of its own.
        choices.setPrefWidth(CHOICES_WIDTH);
        choices.setMinWidth(Region.USE_PREF_SIZE);
        // Room for the scroll bar, so it never covers the drop-down arrows (mirrored with the dialog).
        choices.setPadding(new Insets(0, 12, 0, 0));
        // On a short screen (a laptop at 200 %) the window is held to the screen and the options
        // scroll, so the Export and Cancel buttons stay in reach; elsewhere the pane is as tall as they are.
        ScrollPane scroller = new ScrollPane(choices);
        scroller.setId("export-choices");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setMinViewportWidth(CHOICES_WIDTH);
        scroller.setMinHeight(MIN_CHOICES_HEIGHT);
        scroller.getStyleClass().add("edge-to-edge");
        HBox content = new HBox(20, scroller, preview.node());
        content.setMinWidth(Region.USE_PREF_SIZE);
        content.setId("export-dialog-content");
        Dialog<ExportRequest> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "export");
        dialog.setHeaderText(Messages.get("dialog.export.header"));
        dialog.getDialogPane().setContent(content);
        ButtonType export = new ButtonType(Messages.get("export.dialog.export"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(export, cancel);
        Node exportButton = dialog.getDialogPane().lookupButton(export);
        exportButton.setId("export-go");
        exportButton.disableProperty().bind(chooser.completeProperty().not());
        dialog.setResultConverter(button -> button != export ? null : new ExportRequest(form.format(),
                form.options().withVisibleStageIds(chooser.visibleStageIds()), chooser.chosenMapIds(),
                form.readablePaper()));
        dialog.setOnShown(e -> preview.refreshNow());
        dialog.setOnHidden(e -> preview.close());
        return dialog;
    }
}
