package app.masa.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Hostile files made at test time in a temporary folder (none is kept in the repository), each
 * with the plain message a person should get for it.
 */
public final class HostileInputs {
    private static final String HEAD = "{\"format\": \"masa-journey\", \"version\": 1, ";

    /** One hostile file and the problem it must produce. */
    public record Case(String name, Path file, String expectedMessage) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileInputs() {
    }

    public static List<Case> all(Path folder) throws IOException {
        return List.of(
                write(folder, "empty", new byte[0], "The file is empty."),
                write(folder, "binary", randomBytes(), "This is binary data, not a journey file."),
                write(folder, "truncated", ascii(HEAD + "\"maps\": [{\"id\": \"m\", \"scale\": {\"min\": 0, "),
                        "The file ends too early: the JSON is cut off before it is complete."),
                huge(folder),
                write(folder, "deep", ascii("{\"a\": " + "[".repeat(100_000)),
                        "The data is nested more than 200 levels deep, far more than a journey map needs."),
                write(folder, "long-string", ascii(HEAD + "\"x\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}"),
                        "A text is longer than 1,000,000 characters, far more than a journey map needs."),
                write(folder, "long-number", ascii(HEAD + "\"x\": " + "9".repeat(100_000) + "}"),
                        "A number is longer than 100 digits."),
                write(folder, "huge-exponent", ascii("{\"format\": \"masa-journey\", \"version\": 1e999999}"),
                        "\"version\" is far too large (1E+999999)."),
                write(folder, "nan", ascii(HEAD + "\"maps\": [{\"score\": NaN}]}"),
                        "\"NaN\" is not a number JSON allows; write a plain number."),
                write(folder, "latin-1", latin1(HEAD + "\"maps\": [{\"title\": \"Café\"}]}"),
                        "The text is not UTF-8 from here on. Save the file as UTF-8 and try again."),
                write(folder, "utf-16", utf16(HEAD + "\"maps\": []}"),
                        "The text is in UTF-16, not UTF-8. Save the file as UTF-8 and try again."),
                write(folder, "not-json", ascii("Sponsored post, Checkout, Delivery\n"),
                        "\"Sponsored\" cannot stand here; the file is not valid JSON."),
                write(folder, "array", ascii("[1, 2, 3]"),
                        "A journey file starts with a JSON object, an opening curly brace."),
                write(folder, "many-values", ascii(HEAD + "\"x\": [" + "0,".repeat(3_000_000) + "0]}"),
                        "The file holds more than 2,000,000 values, far more than a journey map needs."),
                write(folder, "trailing", ascii(HEAD + "\"maps\": []} {}"),
                        "There is more text after the end of the journey data."));
    }

    private static Case huge(Path folder) throws IOException {
        Path file = folder.resolve("huge.journey.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(ascii(HEAD + "\"maps\": [\""));
            raf.setLength(200L * 1024 * 1024);
        }
        return new Case("200 MB", file, "The file is larger than 100 MB, far more than a journey map needs.");
    }

    private static Case write(Path folder, String name, byte[] bytes, String message) throws IOException {
        Path file = folder.resolve(name + ".journey.json");
        Files.write(file, bytes);
        return new Case(name, file, message);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16);
    }
}
