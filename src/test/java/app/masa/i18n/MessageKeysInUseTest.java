package app.masa.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.i18n.SourceLiterals.Literal;
import app.masa.ui.help.MenuShortcuts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code asks for is in the English and in the Hebrew bundle: the keys written
 * out in the source, and those built at run time from a prefix and an enum constant or a name
 * ({@link KeyFamilies}). A key found in neither is shown to people as the bare key, so it fails here.
 */
class MessageKeysInUseTest {
    /** Literals that look like keys and are not: the bundle's own name, system properties, a style sheet. */
    static final Set<String> NOT_KEYS = Set.of(Messages.BUNDLE, Messages.STRICT_PROPERTY, "masa.prefs.node",
            MenuShortcuts.ACTION,
            "masa.recovery.dir", "workshop.css", "masa.room.host", "masa.room.port",
            // git's own configuration names, which git-setup sets
            "merge.masa.name", "merge.masa.driver", "diff.masa.textconv");

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern PREFIX = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)*\\.");

    private static final Properties ENGLISH = BundleCompletenessTest.load("app/masa/i18n/messages.properties");
    private static final Properties HEBREW = BundleCompletenessTest.load("app/masa/i18n/messages_he.properties");
    /** The first words of the bundles' keys ("menu", "validate"…): a literal starting otherwise is no key. */
    private static final Set<String> NAMESPACES = ENGLISH.stringPropertyNames().stream()
            .map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))).collect(Collectors.toSet());

    @Test
    void everyKeyWrittenInTheCodeIsInBothBundles() {
        List<Literal> keys = keysWritten(SourceLiterals.all());

        assertThat(keys).hasSizeGreaterThan(500);
        assertThat(missing(keys)).as("keys in the code that a bundle lacks").isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeIsInBothBundles() {
        List<String> problems = new ArrayList<>();
        for (KeyFamily family : KeyFamilies.all()) {
            for (String key : family.keys()) {
                problems.addAll(missingFromBundles(key, "built with \"" + family.prefix() + "\""));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPrefixTheCodeBuildsKeysWithHasItsFamily() {
        Set<String> known = KeyFamilies.all().stream().map(KeyFamily::prefix).collect(Collectors.toSet());

        List<String> unknown = prefixesWritten(SourceLiterals.all()).stream()
                .filter(p -> !known.contains(p.text())).map(p -> p.place() + ": \"" + p.text() + "\"").toList();

        assertThat(unknown).as("key prefixes without a family in KeyFamilies: add the values the code appends")
                .isEmpty();
    }

    @Test
    void theScanTellsKeysFromPrefixesAndFromOtherText() {
        List<Literal> code = SourceLiterals.in("X.java", List.of(
                "label.setText(Messages.get(\"menu.file.save\"));",
                "String key = \"palette.type.\" + type;",
                "// Messages.get(\"menu.file.gone\") in a comment",
                "System.getProperty(\"masa.recovery.dir\");",
                "String css = \"Sans Serif\";",
                "item(\"menu.file.missing\");"));

        assertThat(keysWritten(code)).extracting(Literal::text).containsExactly("menu.file.save", "menu.file.missing");
        assertThat(prefixesWritten(code)).extracting(Literal::text).containsExactly("palette.type.");
        assertThat(missing(keysWritten(code))).containsExactly(
                "menu.file.missing (at X.java:6) is not in messages.properties",
                "menu.file.missing (at X.java:6) is not in messages_he.properties");
    }

    @Test
    void askingForAKeyNoBundleHasFailsInTheBuildsTests() {
        assertThat(Boolean.getBoolean(Messages.STRICT_PROPERTY)).as("set by surefire in pom.xml").isTrue();
        assertThatThrownBy(() -> Messages.get(Locale.ENGLISH, "menu.file.noSuchCommand"))
                .isInstanceOf(MissingResourceException.class).hasMessageContaining("menu.file.noSuchCommand");
        assertThat(Messages.has(Locale.ENGLISH, "menu.file.noSuchCommand")).isFalse();
        assertThat(Messages.has(Locale.forLanguageTag("he"), "menu.file.save")).isTrue();
    }

    private static List<Literal> keysWritten(List<Literal> literals) {
        return literals.stream().filter(l -> KEY.matcher(l.text()).matches() && isInNamespace(l.text())
                && !NOT_KEYS.contains(l.text())).toList();
    }

    private static List<Literal> prefixesWritten(List<Literal> literals) {
        return literals.stream().filter(l -> PREFIX.matcher(l.text()).matches() && isInNamespace(l.text())).toList();
    }

    private static boolean isInNamespace(String text) {
        return NAMESPACES.contains(text.substring(0, text.indexOf('.')));
    }

    private static List<String> missing(List<Literal> keys) {
        List<String> problems = new ArrayList<>();
        for (Literal key : keys) {
            problems.addAll(missingFromBundles(key.text(), "at " + key.place()));
        }
        return problems;
    }

    private static List<String> missingFromBundles(String key, String where) {
        List<String> problems = new ArrayList<>();
        for (String bundle : new TreeSet<>(List.of("messages.properties", "messages_he.properties"))) {
            Properties properties = bundle.equals("messages.properties") ? ENGLISH : HEBREW;
            if (!properties.containsKey(key)) {
                problems.add(key + " (" + where + ") is not in " + bundle);
            }
        }
        return problems;
    }
}
