package app.masa.i18n;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Sets the interface language named by {@link InterfaceLanguage} before each test and restores it after. */
public final class InterfaceLanguageExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(InterfaceLanguageExtension.class);
    private static final String BEFORE = "before";

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(STORE).put(BEFORE, Messages.locale());
        wanted(context).ifPresent(language -> Messages.setLocale(Locale.forLanguageTag(language.value())));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale before = context.getStore(STORE).remove(BEFORE, Locale.class);
        if (before != null) {
            Messages.setLocale(before);
        }
    }

    private static Optional<InterfaceLanguage> wanted(ExtensionContext context) {
        Optional<InterfaceLanguage> onMethod = context.getTestMethod()
                .flatMap(m -> AnnotationSupport.findAnnotation(m, InterfaceLanguage.class));
        return onMethod.isPresent() ? onMethod
                : context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, InterfaceLanguage.class));
    }
}
