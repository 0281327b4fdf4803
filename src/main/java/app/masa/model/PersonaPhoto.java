package app.masa.model;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A persona's photo as the file keeps it: a PNG or JPEG image inside a data URI
 * ({@code data:image/png;base64,…}), so a map never loads anything from the network and travels as
 * one file. The size limit keeps a file opening quickly; a photo resized to 512 pixels needs a
 * small part of it.
 */
public final class PersonaPhoto {
    /** The most base64 characters a photo may have: about 700 KB of image. */
    public static final int MAX_BASE64_CHARS = 960_000;

    private static final List<String> HEADS = List.of("data:image/png;base64,", "data:image/jpeg;base64,");

    private PersonaPhoto() {
    }

    /** The data URI of an image's bytes. */
    public static String dataUri(String mediaType, byte[] image) {
        if (!mediaType.equals("image/png") && !mediaType.equals("image/jpeg")) {
            throw new IllegalArgumentException("a persona photo is a PNG or JPEG image, not " + mediaType);
        }
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(image);
    }

    /**
     * Whether the text is a PNG or JPEG data URI with well-formed base64 (its size is not checked here).
     * Scanned by hand: a regular expression walks the hundreds of kilobytes of a map's pictures many
     * times slower before the compiler reaches it, and opening the sample map waited for that.
     */
    public static boolean isWellFormed(String photo) {
        int start = base64Start(photo);
        if (start < 0) {
            return false;
        }
        int end = photo.length();
        for (int padding = 0; padding < 2 && end > start && photo.charAt(end - 1) == '='; padding++) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (!isBase64Letter(photo.charAt(i))) {
                return false;
            }
        }
        return (photo.length() - start) % 4 == 0;
    }

    /** Where the base64 text begins, after "data:image/png;base64," or its JPEG twin; -1 when it does not begin so. */
    private static int base64Start(String photo) {
        if (photo != null) {
            for (String head : HEADS) {
                if (photo.startsWith(head)) {
                    return head.length();
                }
            }
        }
        return -1;
    }

    private static boolean isBase64Letter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    public static boolean isWithinSize(String photo) {
        return base64Chars(photo) <= MAX_BASE64_CHARS;
    }

    /** How many base64 characters the image takes: what {@link #MAX_BASE64_CHARS} limits. */
    public static int base64Chars(String photo) {
        return photo.length() - photo.indexOf(',') - 1;
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
