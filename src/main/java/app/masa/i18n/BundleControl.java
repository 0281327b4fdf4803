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
 * How the message bundles are found and read: the classes the build compiled from the UTF-8
 * properties files, or those files themselves; no falling back to the system's language (a
 * missing Hebrew bundle must not quietly become English). A file is decoded as a whole before it
 * is parsed: the JDK's own reader decodes it through a charset decoder a few bytes at a time.
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
        ResourceBundle compiled = compiled(baseName, locale);
        if (compiled != null) {
            return compiled;
        }
        String resource = toResourceName(toBundleName(baseName, locale), "properties");
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return new PropertyResourceBundle(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    /**
     * The bundle as the build compiled it (scripts/i18n/CompileBundles.java), or null when it did
     * not (a run from an IDE's own build): its strings come from a class's constant pool, which a
     * cold start reads in a fifth of the time it takes to parse the properties file.
     */
    ResourceBundle compiled(String baseName, Locale locale) {
        if (!Messages.BUNDLE.equals(baseName)) {
            return null;
        }
        String suffix = toBundleName(baseName, locale).substring(baseName.length());
        try {
            Class<?> type = Class.forName(BundleControl.class.getPackageName() + ".CompiledMessages" + suffix);
            return (ResourceBundle) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the compiled message bundle cannot be made: " + e.getMessage(), e);
        }
    }
}
