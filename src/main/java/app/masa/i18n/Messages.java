package app.masa.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every string a person sees comes from here: the English and Hebrew bundles in
 * {@code app/masa/i18n/messages*.properties}. Plain Java, so the command line and the exporters
 * use the same words as the window.
 */
public final class Messages {
    public static final String BUNDLE = "app.masa.i18n.messages";

    /**
     * The system property that makes a missing key an error, not the key shown in its place: the
     * build's tests set it, so a key the code asks for and no bundle has fails the test that asks.
     */
    public static final String STRICT_PROPERTY = "masa.messages.strict";

    private static volatile Locale locale = defaultLocale();
    private static final Map<Locale, Map<String, Parsed>> FORMATS = new ConcurrentHashMap<>();

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
        return ResourceBundle.getBundle(BUNDLE, in, BundleControl.INSTANCE);
    }

    /** The text for a key in the interface language, with {0}, {1}… filled in. */
    public static String get(String key, Object... args) {
        return get(locale, key, args);
    }

    /**
     * The text for a key in a language. A key no bundle has is shown as itself, so a person sees
     * which words are missing rather than nothing; under {@link #STRICT_PROPERTY} it throws.
     */
    public static String get(Locale in, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(in).getString(key);
        } catch (MissingResourceException e) {
            if (Boolean.getBoolean(STRICT_PROPERTY)) {
                throw new MissingResourceException("No message \"" + key + "\" in the " + in.getDisplayLanguage(Locale.ENGLISH)
                        + " bundle", BUNDLE, key);
            }
            return key;
        }
        return args.length == 0 ? pattern : format(in, pattern, args);
    }

    /** A pattern is parsed once per language: an export fills the same few thousands of times. */
    static String format(Locale in, String pattern, Object[] args) {
        return FORMATS.computeIfAbsent(in, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, p -> new Parsed(p, in))
                .fill(args);
    }

    /**
     * A parsed pattern, and one number format for its plain {@code {n}} places: MessageFormat would
     * make a new one for every number it fills in, which is most of the cost of a card's badges.
     */
    private static final class Parsed {
        /** Arguments past this many are left to MessageFormat. */
        private static final int CHECKED = 10;
        private final MessageFormat format;
        /** Whether argument i appears only as a plain {@code {i}}, never with a format of its own (a choice, say). */
        private final boolean[] plainOnly = new boolean[CHECKED];
        private final NumberFormat numbers;

        Parsed(String pattern, Locale locale) {
            format = new MessageFormat(pattern, locale);
            for (int i = 0; i < CHECKED; i++) {
                plainOnly[i] = !pattern.contains("{" + i + ",");
            }
            numbers = NumberFormat.getInstance(locale);
        }

        synchronized String fill(Object[] args) {
            Object[] filled = args;
            for (int i = 0; i < args.length && i < CHECKED; i++) {
                if (plainOnly[i] && args[i] instanceof Number number) {
                    filled = filled == args ? args.clone() : filled;
                    filled[i] = numbers.format(number);
                }
            }
            return format.format(filled);
        }
    }

    /** Whether the bundle of a language has the key: for text that may or may not name one (a label typed in a file). */
    public static boolean has(Locale in, String key) {
        return bundle(in).containsKey(key);
    }

    public static boolean isRightToLeft() {
        return isRightToLeft(locale);
    }

    public static boolean isRightToLeft(Locale in) {
        return "he".equals(in.getLanguage()) || "iw".equals(in.getLanguage());
    }
}
