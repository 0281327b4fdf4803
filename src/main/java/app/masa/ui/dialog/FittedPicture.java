package app.masa.ui.dialog;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * A picture that takes the room its window gives it, scaled to fit and centred, never distorted.
 * Its size comes from the window, not from the picture, so a large picture cannot push the window
 * off the screen and a small window still shows the whole picture.
 */
public final class FittedPicture extends Region {
    private final ImageView view = new ImageView();

    public FittedPicture(double minWidth, double minHeight, double prefWidth, double prefHeight) {
        setMinSize(minWidth, minHeight);
        setPrefSize(prefWidth, prefHeight);
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        // A map already reads the way it was drawn; a right-to-left window must not mirror it again.
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.imageProperty().addListener((o, was, now) -> requestLayout());
        getChildren().add(view);
    }

    public ObjectProperty<Image> imageProperty() {
        return view.imageProperty();
    }

    public Image getImage() {
        return view.getImage();
    }

    public void setImage(Image image) {
        view.setImage(image);
    }

    /** The picture as shown, for tests that look at its place and size. */
    public ImageView view() {
        return view;
    }

    @Override
    protected void layoutChildren() {
        double width = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
        double height = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
        Image image = view.getImage();
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            return;
        }
        // Never larger than drawn: a small picture stays sharp instead of blurring up to the window.
        double scale = Math.min(1, Math.min(width / image.getWidth(), height / image.getHeight()));
        double shownWidth = image.getWidth() * scale;
        double shownHeight = image.getHeight() * scale;
        view.setFitWidth(shownWidth);
        view.setFitHeight(shownHeight);
        view.relocate(snappedLeftInset() + (width - shownWidth) / 2, snappedTopInset() + (height - shownHeight) / 2);
    }
}
