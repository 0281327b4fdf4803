package app.masa.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * How the message bundles are found and read: UTF-8 properties files, no falling back to the
 * system's language (a missing Hebrew bundle must not quietly become English). The file is decoded
 * as a whole before it is parsed: the JDK's own reader decodes it through a charset decoder a few
 * bytes at a time, which on a cold start costs more than the parsing.
 */
final class BundleControl extends ResourceBundle.Control {
    static final BundleControl INSTANCE = new BundleControl();

    private BundleControl() {
    }

    @Override
    public List<String> getFormats(String baseName) {
        return FORMAT_PROPERTIES;
    }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
        return null;
    }

    @Override
    public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
            throws IOException {
        String resource = toResourceName(toBundleName(baseName, locale), "properties");
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return new PropertyResourceBundle(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }
}
