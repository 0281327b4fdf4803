package app.masa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignedNumberTest {

    @Test
    void wholeNumbersCarryTheirSignAndATrueMinus() {
        assertThat(SignedNumber.of(2)).isEqualTo("+2");
        assertThat(SignedNumber.of(0)).isEqualTo("0");
        assertThat(SignedNumber.of(-1)).isEqualTo("\u22121");
        assertThat(SignedNumber.of(Long.MIN_VALUE)).isEqualTo("\u22129223372036854775808");
    }

    @Test
    void whatRoundsToZeroHasNoSign() {
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(Locale.ENGLISH);
        oneDecimal.setMaximumFractionDigits(1);

        assertThat(SignedNumber.of(-0.04, oneDecimal)).isEqualTo("0");
        assertThat(SignedNumber.of(1234.56, oneDecimal)).isEqualTo("+1,234.6");
        assertThat(SignedNumber.of(-0.25, oneDecimal)).isEqualTo("\u22120.2");
    }

    @Test
    void inRunningTextASignedFigureKeepsItsSignInFrontInEitherDirection() {
        assertThat(SignedNumber.inText(40)).isEqualTo("\u200E+40");
        assertThat(SignedNumber.inText(-2)).isEqualTo("\u200E\u22122");
        assertThat(SignedNumber.inText(0)).as("nothing to keep in front").isEqualTo("0");
    }
}
