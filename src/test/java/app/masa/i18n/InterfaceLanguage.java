package app.masa.i18n;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of a class (or one test) with Masa's interface, and the default locale, in this language,
 * and puts back what it found afterwards, whatever the test switched to meanwhile.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
@ExtendWith(InterfaceLanguageExtension.class)
public @interface InterfaceLanguage {
    /** A language tag: "en" or "he". */
    String value();
}
