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
    void everyMessageFilledWithNumbersReadsAsMessageFormatWritesIt() {
        // Numbers suit every kind of place (plain, number, choice), so every pattern of both bundles can be tried.
        for (Locale locale : List.of(Locale.ENGLISH, HEBREW)) {
            java.util.ResourceBundle bundle = Messages.bundle(locale);
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                if (!pattern.contains("{")) {
                    continue;
                }
                for (Object[] args : List.of(new Object[] {0, 1, 2, 3, 4, 5}, new Object[] {1500, 2.5, -3, 7L, 1, 0})) {
                    assertThat(Messages.get(locale, key, args)).as("%s in %s", key, locale)
                            .isEqualTo(new MessageFormat(pattern, locale).format(args));
                }
            }
        }
    }

    @Test
    void aNumberUsedBothPlainAndInAChoiceStillChooses() {
        String pattern = "{0,choice,0#none|1#one|1<many} ({0})";
        Locale locale = Locale.ENGLISH;

        for (int n : new int[] {0, 1, 1234}) {
            assertThat(Messages.format(locale, pattern, new Object[] {n}))
                    .isEqualTo(new MessageFormat(pattern, locale).format(new Object[] {n}));
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
