package app.masa.io.pictures;

import app.masa.i18n.Messages;
import app.masa.model.PersonaPhoto;
import app.masa.model.Picture;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a picture someone brings (a file, or pixels from the clipboard) into a card's picture:
 * PNG, JPEG, GIF, BMP or SVG in; at most {@value PictureEncoder#MAX_SIDE} pixels on the long side
 * and about 300 KB out, embedded in the map (decision 0027). What cannot be read safely gets a
 * sentence that names the file and the reason, and nothing changes.
 */
public final class PictureImport {
    /** Files larger than this are refused unread: far beyond any photo a phone takes. */
    static final long MAX_FILE_BYTES = 40L * 1024 * 1024;
    /** The most pixels a picture brought in may have. */
    public static final long MAX_PIXELS = RasterPictures.MAX_PIXELS;

    /** A picture, or the plain sentence that says why there is none. */
    public record Result(Picture picture, String problem) {
        public boolean ok() {
            return picture != null;
        }

        static Result refused(String key, Object... args) {
            return new Result(null, Messages.get(key, args));
        }
    }

    private PictureImport() {
    }

    public static Result fromFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return Result.refused("picture.import.fileTooLarge", name, MAX_FILE_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return Result.refused("picture.import.unreadableFile", name);
        }
        return fromBytes(bytes, name);
    }

    /** A picture from a file's bytes; {@code name} is what the messages call it. */
    public static Result fromBytes(byte[] bytes, String name) {
        return fromBytes(bytes, name, PictureEncoder.MAX_SIDE);
    }

    /** The same, at most {@code side} pixels on the long side (the built-in templates keep theirs smaller). */
    static Result fromBytes(byte[] bytes, String name, int side) {
        try {
            BufferedImage image = SvgPictures.isSvg(bytes) ? SvgPictures.rasterise(bytes, side)
                    : RasterPictures.read(bytes, side);
            return encoded(image, name);
        } catch (PictureException e) {
            return new Result(null, e.sentence(name));
        }
    }

    /**
     * An embedded PNG or JPEG decoded for the screen, no larger than {@code side} on its long side
     * and reading only the pixels that size needs; null when it cannot be read safely.
     */
    public static BufferedImage pixels(byte[] bytes, int side) {
        try {
            return RasterPictures.read(bytes, side);
        } catch (PictureException e) {
            return null;
        }
    }

    /** A picture from pixels already decoded (ARGB, row by row), as the clipboard gives them. */
    public static Result fromPixels(int width, int height, int[] argb, String name) {
        if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS
                || argb.length < width * height) {
            return Result.refused("picture.import.unreadable", name);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return encoded(PictureEncoder.fit(image, PictureEncoder.MAX_SIDE), name);
    }

    private static Result encoded(BufferedImage image, String name) {
        try {
            PictureEncoder.Encoded encoded = PictureEncoder.encode(image);
            String uri = PersonaPhoto.dataUri(encoded.mediaType(), encoded.bytes());
            Picture picture = Picture.of(uri);
            return picture.isValid() ? new Result(picture, null)
                    : Result.refused("picture.import.unreadable", name);
        } catch (IOException e) {
            return Result.refused("picture.import.unreadable", name);
        }
    }
}
