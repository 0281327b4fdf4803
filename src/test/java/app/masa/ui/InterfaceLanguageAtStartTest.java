package app.masa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Named above {@code ApplicationExtension}, {@link InterfaceLanguage} is in force when the window is
 * built in {@code @Start}: extensions run in the order they are declared. Window tests rely on it.
 */
@InterfaceLanguage("he")
@ExtendWith(ApplicationExtension.class)
class InterfaceLanguageAtStartTest {
    private Locale atStart;

    @Start
    void start(Stage stage) {
        atStart = Messages.locale();
    }

    @Test
    void theWindowIsBuiltInTheNamedLanguage() {
        assertThat(atStart.getLanguage()).isEqualTo("he");
    }
}
