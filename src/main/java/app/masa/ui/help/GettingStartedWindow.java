package app.masa.ui.help;

import app.masa.i18n.Messages;
import app.masa.ui.dialog.FittedPicture;
import app.masa.ui.dialog.WindowFit;
import app.masa.ui.help.GuidePictures.Part;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help > Getting Started: a first map in six steps, each with a picture cut from the sample map and,
 * where there is one, a button that does the step in the designer. It opens beside the map, at the
 * side where the journey ends, so the user can follow it while working.
 */
public final class GettingStartedWindow {
    static final String NAME = "getting-started";
    private static final Map<Window, GettingStartedWindow> OPEN = new WeakHashMap<>();
    /** Room between the guide and the edge of the designer's window it stands in. */
    private static final double INSET = 24;
    private static final double PICTURE_WIDTH = 520;
    private static final double PICTURE_HEIGHT = 200;

    /** One step: the message keys under {@code guide.<id>}, a picture, and the buttons that do it. */
    private record Step(String id, Part picture, List<Node> buttons) {
    }

    private final Stage stage = new Stage();
    /** The interface language it was built in; after a switch, the next call builds it afresh. */
    private final Locale language = Messages.locale();

    private GettingStartedWindow(Window owner, GuideActions guideActions) {
        GuideActions actions = inDesigner(owner, guideActions);
        GuidePictures pictures = new GuidePictures(Messages.locale().getLanguage());
        List<Step> steps = List.of(
                new Step("start", Part.WHOLE_MAP, List.of(button("guide-new", "guide.start.button", actions.newMap()))),
                new Step("stages", Part.STAGES, List.of(button("guide-add-stage", "guide.stages.button", actions.addStage()))),
                new Step("touchpoints", Part.TOUCHPOINTS, List.of()),
                new Step("emotion", Part.EMOTION_CURVE, List.of()),
                new Step("pains", Part.PAIN_POINTS, List.of()),
                new Step("share", null, List.of(button("guide-present", "guide.share.present", actions.present()),
                        button("guide-export", "guide.share.export", actions.export()))));
        VBox list = new VBox(18);
        list.setId("guide-steps");
        list.setPadding(new Insets(16));
        Label intro = wrapped(Messages.get("guide.intro"));
        list.getChildren().add(intro);
        for (int i = 0; i < steps.size(); i++) {
            list.getChildren().add(step(i + 1, steps.get(i), pictures));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Button shortcuts = button("guide-shortcuts", "guide.shortcuts", actions.showShortcuts());
        HBox buttons = WindowButtons.of(shortcuts, "guide-close", stage);

        BorderPane root = new BorderPane(scroll, null, null, buttons, null);
        root.setId("getting-started");
        root.setMinSize(440, 320);
        boolean rtl = Messages.isRightToLeft();
        root.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        scene.getStylesheets().add(ShortcutSheet.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(Messages.get("guide.title"));
        WindowFit.stage(stage, NAME, new Dimension2D(620, 760), atTheEnd(rtl));
    }

    /**
     * The buttons act in the designer's window, which takes the keyboard first: a new stage's name is
     * typed there, not into the guide.
     */
    private static GuideActions inDesigner(Window owner, GuideActions actions) {
        UnaryOperator<Runnable> there = action -> () -> {
            if (owner instanceof Stage designer) {
                designer.toFront();
                designer.requestFocus();
            }
            action.run();
        };
        return new GuideActions(there.apply(actions.newMap()), there.apply(actions.addStage()),
                there.apply(actions.present()), there.apply(actions.export()), actions.showShortcuts());
    }

    /** Shows the guide beside {@code owner}; asked for again, the open one comes to the front. */
    public static GettingStartedWindow show(Window owner, GuideActions actions) {
        GettingStartedWindow window = OPEN.get(owner);
        if (window != null && window.stage.isShowing() && !window.language.equals(Messages.locale())) {
            window.stage.close();
        }
        if (window == null || !window.stage.isShowing()) {
            window = new GettingStartedWindow(owner, actions);
            OPEN.put(owner, window);
        }
        window.stage.show();
        window.stage.toFront();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** A step reads from top to bottom: what to do, a picture of it on a real map, the buttons that do it. */
    private static Node step(int number, Step step, GuidePictures pictures) {
        Label count = new Label(Integer.toString(number));
        count.getStyleClass().add("guide-step-number");
        Label title = new Label(Messages.get("guide." + step.id() + ".title"));
        title.getStyleClass().add("guide-step-title");
        title.setWrapText(true);
        VBox words = new VBox(8, title, wrapped(Messages.get("guide." + step.id() + ".text")));
        if (step.picture() != null) {
            pictures.of(step.picture()).ifPresent(image -> {
                FittedPicture picture = new FittedPicture(200, 80, PICTURE_WIDTH, PICTURE_HEIGHT);
                picture.setId("guide-picture-" + step.id());
                picture.getStyleClass().add("guide-picture");
                picture.setImage(image);
                // No taller than the picture itself, so a flat strip of stage names leaves no empty band.
                picture.setPrefHeight(Math.min(PICTURE_HEIGHT, image.getHeight() * PICTURE_WIDTH / image.getWidth() + 2));
                picture.setMinHeight(Math.min(80, picture.getPrefHeight()));
                words.getChildren().add(picture);
            });
        }
        if (!step.buttons().isEmpty()) {
            HBox row = new HBox(8);
            row.getChildren().addAll(step.buttons());
            words.getChildren().add(row);
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox line = new HBox(10, count, words);
        line.setId("guide-step-" + step.id());
        line.getStyleClass().add("guide-step");
        return line;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Button button(String id, String textKey, Runnable action) {
        Button button = new Button(Messages.get(textKey));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * Inside the designer's window at the side where the journey ends (the right, or the left in a
     * right-to-left interface), so the start of the map stays in sight.
     */
    private static WindowFit.Anchor atTheEnd(boolean rtl) {
        return (owner, screen, width, height) -> {
            if (owner == null || owner.getWidth() <= 0) {
                return WindowFit.Anchor.CENTRE_ON_OWNER.place(null, screen, width, height);
            }
            double x = rtl ? owner.getX() + INSET : owner.getX() + owner.getWidth() - width - INSET;
            return new Point2D(x, owner.getY() + (owner.getHeight() - height) / 2);
        };
    }
}
