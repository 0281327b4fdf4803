package app.masa.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string a person sees comes from here: the English and Hebrew bundles in
 * {@code app/masa/i18n/messages*.properties}. Plain Java, so the command line and the exporters
 * use the same words as the window.
 */
public final class Messages {
    public static final String BUNDLE = "app.masa.i18n.messages";

    private static volatile Locale locale = defaultLocale();

    private Messages() {
    }

    /** The interface language: Hebrew when the system is Hebrew, otherwise English. */
    public static Locale defaultLocale() {
        String language = Locale.getDefault().getLanguage();
        return "he".equals(language) || "iw".equals(language) ? Locale.forLanguageTag("he") : Locale.ENGLISH;
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = newLocale;
    }

    public static ResourceBundle bundle() {
        return bundle(locale);
    }

    public static ResourceBundle bundle(Locale in) {
        return ResourceBundle.getBundle(BUNDLE, in, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for a key in the interface language, with {0}, {1}… filled in. */
    public static String get(String key, Object... args) {
        return get(locale, key, args);
    }

    public static String get(Locale in, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(in).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, in).format(args);
    }

    public static boolean isRightToLeft() {
        return "he".equals(locale.getLanguage()) || "iw".equals(locale.getLanguage());
    }
}
