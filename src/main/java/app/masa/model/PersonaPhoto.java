package app.masa.model;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A persona's photo as the file keeps it: a PNG or JPEG image inside a data URI
 * ({@code data:image/png;base64,…}), so a map never loads anything from the network and travels as
 * one file. The size limit keeps a file opening quickly; a photo resized to 512 pixels needs a
 * small part of it.
 */
public final class PersonaPhoto {
    /** The most base64 characters a photo may have: about 700 KB of image. */
    public static final int MAX_BASE64_CHARS = 960_000;

    private static final Pattern DATA_URI = Pattern.compile("data:image/(png|jpeg);base64,([A-Za-z0-9+/]*={0,2})");

    private PersonaPhoto() {
    }

    /** The data URI of an image's bytes. */
    public static String dataUri(String mediaType, byte[] image) {
        if (!mediaType.equals("image/png") && !mediaType.equals("image/jpeg")) {
            throw new IllegalArgumentException("a persona photo is a PNG or JPEG image, not " + mediaType);
        }
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(image);
    }

    /** Whether the text is a PNG or JPEG data URI with well-formed base64 (its size is not checked here). */
    public static boolean isWellFormed(String photo) {
        return photo != null && DATA_URI.matcher(photo).matches() && base64(photo).length() % 4 == 0;
    }

    public static boolean isWithinSize(String photo) {
        return base64Chars(photo) <= MAX_BASE64_CHARS;
    }

    /** How many base64 characters the image takes: what {@link #MAX_BASE64_CHARS} limits. */
    public static int base64Chars(String photo) {
        return base64(photo).length();
    }

    /** "image/png" or "image/jpeg", or empty when the text is not a photo Masa accepts. */
    public static Optional<String> mediaType(String photo) {
        if (!isWellFormed(photo)) {
            return Optional.empty();
        }
        return Optional.of(photo.substring("data:".length(), photo.indexOf(';')));
    }

    /** The image's bytes, or empty when the text is not a photo Masa accepts. */
    public static Optional<byte[]> bytes(String photo) {
        if (!isWellFormed(photo)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(base64(photo)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String base64(String photo) {
        int comma = photo.indexOf(',');
        return comma < 0 ? photo : photo.substring(comma + 1);
    }
}
