package app.masa.i18n;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Sets the interface language named by {@link InterfaceLanguage} before each test, and the JVM's
 * default locale with it (dates and numbers formatted without a locale follow the default, so a
 * Hebrew test sees what a Hebrew system shows); restores both after, whatever the test switched to.
 */
public final class InterfaceLanguageExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(InterfaceLanguageExtension.class);
    private static final String INTERFACE_BEFORE = "interface";
    private static final String DEFAULT_BEFORE = "default";

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(STORE).put(INTERFACE_BEFORE, Messages.locale());
        context.getStore(STORE).put(DEFAULT_BEFORE, Locale.getDefault());
        wanted(context).map(language -> Locale.forLanguageTag(language.value())).ifPresent(language -> {
            Locale.setDefault(language);
            Messages.setLocale(language);
        });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale interfaceBefore = context.getStore(STORE).remove(INTERFACE_BEFORE, Locale.class);
        Locale defaultBefore = context.getStore(STORE).remove(DEFAULT_BEFORE, Locale.class);
        if (defaultBefore != null) {
            Locale.setDefault(defaultBefore);
        }
        if (interfaceBefore != null) {
            Messages.setLocale(interfaceBefore);
        }
    }

    private static Optional<InterfaceLanguage> wanted(ExtensionContext context) {
        Optional<InterfaceLanguage> onMethod = context.getTestMethod()
                .flatMap(m -> AnnotationSupport.findAnnotation(m, InterfaceLanguage.class));
        return onMethod.isPresent() ? onMethod
                : context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, InterfaceLanguage.class));
    }
}
