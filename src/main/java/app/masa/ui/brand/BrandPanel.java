package app.masa.ui.brand;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.layout.FontFace;
import app.masa.layout.FontRole;
import app.masa.layout.Palette;
import app.masa.layout.PhotoCheck;
import app.masa.layout.Rgba;
import app.masa.layout.Theme;
import app.masa.layout.Typography;
import app.masa.model.Brand;
import app.masa.model.CardType;
import app.masa.model.Kebab;
import app.masa.model.PersonaPhoto;
import app.masa.model.TitleTypeface;
import app.masa.ui.common.CardTypeLook;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.session.DocumentSession;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Edit > Brand…: the file's logo, the face of its map titles, and its colours for the stages and the card types. Each change is
 * made at once, as one step of the edit history, so the map behind the panel shows it and Undo takes
 * it back.
 */
public final class BrandPanel {
    /** As many stage colours as the theme has before it repeats. */
    static final int STAGE_COLORS = 7;

    private final DocumentSession session;
    private final Palette theme = Palette.of(Theme.LIGHT);
    private final ImageView logo = new ImageView();
    private final Label noLogo = new Label(Messages.get("brand.logo.none"));
    private final Label problem = new Label();
    private final Button removeLogo = new Button(Messages.get("brand.logo.remove"));
    private final List<ColorPicker> stagePickers = new ArrayList<>();
    private final Map<CardType, ColorPicker> typePickers = new EnumMap<>(CardType.class);
    private final Map<TitleTypeface, RadioButton> titleChoices = new EnumMap<>(TitleTypeface.class);
    private final VBox content;
    /** While the pickers are set from the document; a picker reports a value set in code as a choice. */
    private boolean showing;

    BrandPanel(DocumentSession session) {
        this.session = session;
        content = new VBox(18, logoSection(), titleSection(), stageSection(), typeSection());
        content.setPadding(new Insets(8, 16, 4, 16));
        content.setId("brand-panel");
        show(session.document().brand());
    }

    /** Shows the panel over the window until it is closed. */
    public static void show(Window owner, DocumentSession session) {
        BrandPanel panel = new BrandPanel(session);
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "brand");
        dialog.setTitle(Messages.get("brand.title"));
        dialog.setHeaderText(Messages.get("brand.header"));
        dialog.getDialogPane().setContent(panel.node());
        // JavaFX's own button names have no Hebrew.
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("dialog.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait();
    }

    Node node() {
        return content;
    }

    private Node logoSection() {
        logo.setFitHeight(48);
        logo.setFitWidth(180);
        logo.setPreserveRatio(true);
        logo.setId("brand-logo");
        StackPane frame = new StackPane(noLogo, logo);
        frame.setMinSize(192, 60);
        frame.setPrefSize(192, 60);
        frame.getStyleClass().add("brand-logo-frame");
        Button choose = new Button(Messages.get("brand.logo.choose"));
        choose.setId("brand-logo-choose");
        choose.setOnAction(e -> chooseLogo());
        removeLogo.setId("brand-logo-remove");
        removeLogo.setOnAction(e -> change(brand().withLogo(null), "edit.brand.logoRemoved"));
        problem.setWrapText(true);
        problem.getStyleClass().add("brand-problem");
        problem.setManaged(false);
        Label hint = new Label(Messages.get("brand.logo.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("panel-hint");
        hint.setMaxWidth(320);
        VBox side = new VBox(6, new HBox(6, choose, removeLogo), hint, problem);
        return section("brand.logo", new HBox(12, frame, side));
    }

    /** Each choice is written in its own face, so the person sees the title before choosing it. */
    private Node titleSection() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(16);
        for (TitleTypeface typeface : TitleTypeface.values()) {
            RadioButton choice = new RadioButton(Messages.get("brand.titleFont." + Kebab.of(typeface)));
            choice.setId("brand-title-" + Kebab.of(typeface));
            choice.setToggleGroup(group);
            FontFace face = Typography.of(Theme.LIGHT, typeface).face(FontRole.MAP_TITLE);
            choice.setFont(Font.font(face.family(), FontWeight.BOLD, 15));
            choice.setOnAction(e -> change(brand().withTitleTypeface(typeface), "edit.brand.titleFont"));
            titleChoices.put(typeface, choice);
            row.getChildren().add(choice);
        }
        return section("brand.titleFont", row);
    }

    private Node stageSection() {
        FlowPane row = new FlowPane(6, 6);
        for (int i = 0; i < STAGE_COLORS; i++) {
            ColorPicker picker = picker("brand-stage-" + (i + 1), Messages.get("brand.stage", i + 1));
            picker.valueProperty().addListener((o, was, now) ->
                    change(brand().withStageColors(stageColors()), "edit.brand.colors"));
            stagePickers.add(picker);
            row.getChildren().add(picker);
        }
        Button reset = resetButton("brand-stages-reset", () -> brand().withStageColors(List.of()));
        return section("brand.stages", new VBox(8, row, reset));
    }

    private Node typeSection() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int index = 0;
        for (CardType type : CardType.values()) {
            ColorPicker picker = picker("brand-type-" + type.name().toLowerCase(Locale.ROOT), CardTypeLook.name(type));
            picker.valueProperty().addListener((o, was, now) ->
                    change(brand().withTypeColor(type, hex(now)), "edit.brand.colors"));
            typePickers.put(type, picker);
            Label name = new Label(CardTypeLook.name(type), new FontIcon(CardTypeLook.icon(type)));
            // Two columns of three keep the panel short enough for a 720-pixel screen.
            int column = index / 3 * 2;
            grid.add(name, column, index % 3);
            if (column > 0) {
                GridPane.setMargin(name, new Insets(0, 0, 0, 16));
            }
            grid.add(picker, column + 1, index % 3);
            index++;
        }
        Button reset = resetButton("brand-types-reset", () -> {
            Brand b = brand();
            for (CardType type : CardType.values()) {
                b = b.withTypeColor(type, null);
            }
            return b;
        });
        return section("brand.types", new VBox(8, grid, reset));
    }

    private static Node section(String key, Node body) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("brand-section-title");
        return new VBox(6, title, body);
    }

    private static ColorPicker picker(String id, String tooltip) {
        ColorPicker picker = new ColorPicker();
        picker.setId(id);
        picker.setTooltip(new Tooltip(tooltip));
        picker.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        return picker;
    }

    private Button resetButton(String id, Supplier<Brand> reset) {
        Button button = new Button(Messages.get("brand.reset"));
        button.setId(id);
        button.setOnAction(e -> change(reset.get(), "edit.brand.colors"));
        return button;
    }

    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("brand.logo.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("brand.logo.files"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        File file = chooser.showOpenDialog(content.getScene() == null ? null : content.getScene().getWindow());
        if (file != null) {
            useLogoFrom(file);
        }
    }

    /** Reads a picture as the logo; a picture that cannot be one leaves the brand as it was and says why. */
    void useLogoFrom(File file) {
        LogoImport.Result result = LogoImport.fromFile(file.toPath());
        problem.setText(result.ok() ? "" : result.problem());
        problem.setManaged(!result.ok());
        if (result.ok()) {
            change(brand().withLogo(result.dataUri()), "edit.brand.logo");
        }
    }

    private Brand brand() {
        return session.document().brand();
    }

    private void change(Brand after, String labelKey) {
        if (showing) {
            return;
        }
        session.execute(Edits.changeBrand(after, labelKey));
        session.seal();
        show(brand());
    }

    private List<String> stageColors() {
        return stagePickers.stream().map(p -> hex(p.getValue())).toList();
    }

    /** The pickers show the brand's colours where it has them, the theme's elsewhere. */
    private void show(Brand brand) {
        showing = true;
        try {
            showColors(brand);
        } finally {
            showing = false;
        }
        Image image = null;
        byte[] bytes = brand.logo() == null ? null : PersonaPhoto.bytes(brand.logo()).orElse(null);
        if (bytes != null && PhotoCheck.isDrawable(bytes)) {
            image = new Image(new ByteArrayInputStream(bytes));
        }
        logo.setImage(image);
        noLogo.setVisible(image == null);
        removeLogo.setDisable(brand.logo() == null);
    }

    private void showColors(Brand brand) {
        titleChoices.get(brand.titleTypeface()).setSelected(true);
        for (int i = 0; i < stagePickers.size(); i++) {
            String color = i < brand.stageColors().size() ? brand.stageColors().get(i) : theme.stageAccent(i).toHex();
            stagePickers.get(i).setValue(Color.web(color));
        }
        for (CardType type : CardType.values()) {
            String color = brand.typeColors().getOrDefault(type, theme.accent(type).toHex());
            typePickers.get(type).setValue(Color.web(color));
        }
    }

    static String hex(Color color) {
        return new Rgba((int) Math.round(color.getRed() * 255), (int) Math.round(color.getGreen() * 255),
                (int) Math.round(color.getBlue() * 255), 255).toHex();
    }
}
