package app.masa.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words the room's phone page asks for by name: say('…') in its script, and each card state it shows. */
final class PhonePageWords {
    private static final Path SCRIPT = Path.of("src/main/resources/app/masa/room/page/room.js");
    private static final Pattern SAY = Pattern.compile("say\\('([A-Za-z]+)'");

    private PhonePageWords() {
    }

    static Set<String> used() {
        try {
            Set<String> words = new TreeSet<>(Set.of("title", "queued", "accepted", "rejected", "withdrawn"));
            Matcher say = SAY.matcher(Files.readString(SCRIPT));
            while (say.find()) {
                words.add(say.group(1));
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
