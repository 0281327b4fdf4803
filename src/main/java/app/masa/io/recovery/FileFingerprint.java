package app.masa.io.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file on disk looked like when Masa last read or wrote it: size, modification time and a
 * hash of the content. Another program, a sync client or git changing the file changes the size or
 * the hash; a new modification time alone (a {@code touch}, a checkout of the same content) is not a
 * change anybody made to the map.
 */
public record FileFingerprint(long size, Instant modified, String sha256) {

    /** The file as it is now; empty when it does not exist. */
    public static Optional<FileFingerprint> of(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new FileFingerprint(attributes.size(), attributes.lastModifiedTime().toInstant(),
                HexFormat.of().formatHex(digest.digest())));
    }

    /** True when {@code other} has different content. */
    public boolean contentDiffers(FileFingerprint other) {
        return other == null || size != other.size || !sha256.equals(other.sha256);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
