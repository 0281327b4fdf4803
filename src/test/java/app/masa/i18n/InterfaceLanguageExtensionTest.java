package app.masa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The second test sees the languages the first found, although the first switched both elsewhere. */
@ExtendWith(InterfaceLanguageExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InterfaceLanguageExtensionTest {
    private static Locale interfaceAtStart;
    private static Locale defaultAtStart;

    @BeforeAll
    static void remember() {
        interfaceAtStart = Messages.locale();
        defaultAtStart = Locale.getDefault();
    }

    @Test
    @Order(1)
    @InterfaceLanguage("he")
    void aTestRunsInTheLanguageItNames() {
        assertThat(Messages.locale().getLanguage()).isEqualTo("he");
        assertThat(Messages.isRightToLeft()).isTrue();
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("he");

        Messages.setLocale(Locale.FRENCH);
        Locale.setDefault(Locale.GERMAN);
    }

    @Test
    @Order(2)
    void theNextTestFindsWhatWasThereBefore() {
        assertThat(Messages.locale()).isEqualTo(interfaceAtStart);
        assertThat(Locale.getDefault()).isEqualTo(defaultAtStart);
    }
}
