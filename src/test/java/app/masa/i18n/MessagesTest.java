package app.masa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Filling a message's places: numbers come out exactly as MessageFormat writes them, in both languages. */
class MessagesTest {
    private static final Locale HEBREW = Locale.forLanguageTag("he");

    @Test
    void numbersInPlainAndFormattedPlacesReadAsMessageFormatWritesThem() {
        List<Object[]> arguments = List.of(new Object[] {12345}, new Object[] {-7L}, new Object[] {1234.5678},
                new Object[] {new BigDecimal("0.125")}, new Object[] {3, "and more"});
        for (Locale locale : List.of(Locale.ENGLISH, HEBREW)) {
            for (String key : List.of("layout.badge.open", "io.tooLarge", "layout.badge.conversion")) {
                String pattern = Messages.bundle(locale).getString(key);
                for (Object[] args : arguments) {
                    assertThat(Messages.get(locale, key, args)).as("%s in %s with %s", key, locale, args[0])
                            .isEqualTo(new MessageFormat(pattern, locale).format(args));
                }
            }
        }
    }

    @Test
    void textFillsAPlainPlaceAsItIs() {
        assertThat(Messages.get(Locale.ENGLISH, "layout.badge.open", "1,5")).isEqualTo("1,5 open");
    }

    @Test
    void aChoiceStillChoosesByTheNumber() {
        String key = findKeyWithChoice();
        String pattern = Messages.bundle(Locale.ENGLISH).getString(key);

        for (int count : new int[] {0, 1, 2, 1500}) {
            assertThat(Messages.get(Locale.ENGLISH, key, count))
                    .isEqualTo(new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {count}));
        }
    }

    @Test
    void theCallersArgumentsAreLeftAsTheyWere() {
        Object[] args = {12345};

        Messages.get(Locale.ENGLISH, "layout.badge.open", args);

        assertThat(args[0]).isEqualTo(12345);
    }

    private static String findKeyWithChoice() {
        return Messages.bundle(Locale.ENGLISH).keySet().stream()
                .filter(k -> Messages.bundle(Locale.ENGLISH).getString(k).startsWith("{0,choice,0#"))
                .sorted().findFirst().orElseThrow();
    }
}
