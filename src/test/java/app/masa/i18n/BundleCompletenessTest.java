package app.masa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** No language falls behind: both bundles hold the same keys, filled in, with the same arguments. */
class BundleCompletenessTest {

    /**
     * Keys whose Hebrew value may rightly have no Hebrew letter: names and codes that stay as they
     * are in every language. Add a key here only with such a reason.
     */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "validate.kind.null" // the JSON literal null, named as it is written in the file
    );

    /** Names and abbreviations that Hebrew writes in Latin letters too. */
    static final Pattern LATIN_IN_HEBREW = Pattern.compile(
            "\\b(SMS|NPS|CRM|PDF|PNG|SVG|CSV|JSON|UTF-8|URL|Mermaid)\\b");

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    /** What is not words in a value: MessageFormat arguments, printf conversions, picocli variables. */
    private static final Pattern NOT_WORDS = Pattern.compile("\\{[^}]*}|%[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]|\\$\\{[^}]*}");

    private static final Properties ENGLISH = load("app/masa/i18n/messages.properties");
    private static final Properties HEBREW = load("app/masa/i18n/messages_he.properties");

    @Test
    void everyEnglishKeyIsInHebrew() {
        assertThat(missing(ENGLISH, HEBREW)).as("keys missing from messages_he.properties").isEmpty();
    }

    @Test
    void everyHebrewKeyIsInEnglish() {
        assertThat(missing(HEBREW, ENGLISH)).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void noValueIsEmpty() {
        assertThat(empty(ENGLISH)).as("empty values in messages.properties").isEmpty();
        assertThat(empty(HEBREW)).as("empty values in messages_he.properties").isEmpty();
    }

    @Test
    void bothLanguagesTakeTheSameArguments() {
        List<String> mismatches = new ArrayList<>();
        for (String key : new TreeSet<>(ENGLISH.stringPropertyNames())) {
            String hebrew = HEBREW.getProperty(key);
            if (hebrew != null && !arguments(ENGLISH.getProperty(key)).equals(arguments(hebrew))) {
                mismatches.add(key + ": " + arguments(ENGLISH.getProperty(key)) + " in English, "
                        + arguments(hebrew) + " in Hebrew");
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void patternsWithArgumentsKeepEveryArgumentAndApostrophe() {
        List<String> broken = new ArrayList<>();
        broken.addAll(brokenPatterns(ENGLISH, "messages.properties"));
        broken.addAll(brokenPatterns(HEBREW, "messages_he.properties"));
        assertThat(broken).isEmpty();
    }

    @Test
    void hebrewValuesAreWrittenInHebrew() {
        List<String> untranslated = new ArrayList<>();
        for (String key : new TreeSet<>(HEBREW.stringPropertyNames())) {
            String words = NOT_WORDS.matcher(HEBREW.getProperty(key)).replaceAll("");
            words = LATIN_IN_HEBREW.matcher(words).replaceAll("");
            boolean hasLetters = words.codePoints().anyMatch(Character::isLetter);
            if (hasLetters && !hasHebrew(words) && !SAME_IN_EVERY_LANGUAGE.contains(key)) {
                untranslated.add(key + "=" + HEBREW.getProperty(key));
            }
        }
        assertThat(untranslated).as("Hebrew values without a Hebrew letter").isEmpty();
    }

    @Test
    void theArgumentCheckSeesAnApostropheThatSwallowsAnArgument() {
        Properties sample = new Properties();
        sample.setProperty("x.ok", "Masa can''t open {0}.");
        sample.setProperty("x.swallowed", "Masa can't open {0}.");
        assertThat(brokenPatterns(sample, "sample")).hasSize(1).first().asString().contains("x.swallowed");
    }

    /** Patterns that MessageFormat would read differently from how they look. */
    static List<String> brokenPatterns(Properties bundle, String file) {
        List<String> broken = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String value = bundle.getProperty(key);
            Set<Integer> written = arguments(value);
            if (written.isEmpty()) {
                continue; // shown as is, without MessageFormat
            }
            try {
                MessageFormat format = new MessageFormat(value);
                Set<Integer> read = new TreeSet<>();
                for (int i = 0; i < format.getFormatsByArgumentIndex().length; i++) {
                    read.add(i);
                }
                read.retainAll(written);
                if (!read.equals(written) || value.replace("''", "").contains("'")) {
                    broken.add(file + " " + key + ": a single ' in a pattern with arguments must be written ''");
                }
            } catch (IllegalArgumentException e) {
                broken.add(file + " " + key + ": not a valid message pattern (" + e.getMessage() + ")");
            }
        }
        return broken;
    }

    static Set<Integer> arguments(String value) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(value);
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    private static List<String> missing(Properties from, Properties in) {
        List<String> keys = new ArrayList<>();
        for (String key : new TreeSet<>(from.stringPropertyNames())) {
            if (!in.containsKey(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static List<String> empty(Properties bundle) {
        List<String> keys = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            if (bundle.getProperty(key).isBlank()) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static boolean hasHebrew(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HEBREW);
    }

    static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            // The bundles are UTF-8, as ResourceBundle reads them since Java 9.
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
