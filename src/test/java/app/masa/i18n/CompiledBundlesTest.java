package app.masa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The build compiles each properties file into a class, and that class is what Messages reads: it
 * holds every key with the same words, so a translator's change in the file is never shadowed by a
 * stale class.
 */
class CompiledBundlesTest {
    @Test
    void bothLanguagesAreReadFromTheirCompiledClassesWithTheFilesWords() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("he")}) {
            ResourceBundle bundle = Messages.bundle(locale);
            Properties file = file(locale.getLanguage().equals("he") ? "messages_he.properties" : "messages.properties");
            assertThat(bundle.getClass().getSimpleName()).startsWith("CompiledMessages");
            for (String key : file.stringPropertyNames()) {
                assertThat(bundle.getString(key)).as("%s in %s", key, locale).isEqualTo(file.getProperty(key));
            }
        }
    }

    @Test
    void withoutACompiledClassTheFileIsRead() {
        assertThat(BundleControl.INSTANCE.compiled(Messages.BUNDLE, Locale.forLanguageTag("he-IL"))).isNull();
        assertThat(BundleControl.INSTANCE.compiled("some.other.bundle", Locale.ROOT)).isNull();
    }

    private static Properties file(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
