package app.masa.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import org.junit.jupiter.api.Test;

/** The words JavaFX's own controls show (dialog buttons, text menus, the colour picker) in Hebrew too. */
@InterfaceLanguage("he")
class JavaFxWordsInHebrewTest {
    private static final String BUNDLE = "com/sun/javafx/scene/control/skin/resources/controls";

    @Test
    void dialogButtonsSayTheirWordsInHebrew() {
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("he");
        assertThat(ButtonType.OK.getText()).isEqualTo("אישור");
        assertThat(ButtonType.CANCEL.getText()).isEqualTo("ביטול");
        assertThat(ButtonType.CLOSE.getText()).isEqualTo("סגירה");
    }

    @Test
    void everyWordOfTheControlsMasaUsesHasItsHebrew() throws IOException {
        Properties english = new Properties();
        try (InputStream in = ButtonType.class.getResourceAsStream("/" + BUNDLE + ".properties")) {
            english.load(in);
        }
        Properties hebrew = new Properties();
        try (InputStream in = JavaFxWordsInHebrewTest.class.getResourceAsStream("/" + BUNDLE + "_he.properties")) {
            hebrew.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : english.stringPropertyNames()) {
            boolean shown = key.startsWith("Dialog.") || key.startsWith("TextInputControl.menu.")
                    || key.startsWith("DatePicker.") || (key.startsWith("ColorPicker.") && !key.contains("colorName"));
            if (shown) {
                assertThat(hebrew.getProperty(key)).as(key).isNotBlank();
            }
        }
        assertThat(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("he")).getString("TextInputControl.menu.Paste"))
                .isEqualTo("הדבקה");
    }
}
