package app.masa.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a spreadsheet would run is written as text; what it would add up stays a number. */
class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "=HYPERLINK(\"http://x\",\"y\")", "+972 50 123 4567", "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1:A2)", "\tindented", "\rreturn", "-", "+", "-1-1", "-5 apples", "- note"})
    void aCellAFormulaCouldStartWithGetsAnApostrophe(String cell) {
        assertThat(CsvWriter.defused(cell)).isEqualTo("'" + cell);
        assertThat(CsvWriter.restored(CsvWriter.defused(cell))).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "+40", "-1,250.50", "-0.5", "-12%", "-$500.00", "-₪1,500.00", "-1,500.00 ₪",
            "-1\u00A0500,25", "12", "Awareness", "", "'quoted"})
    void negativeNumbersAndPlainTextAreWrittenAsThey(String cell) {
        assertThat(CsvWriter.defused(cell)).isEqualTo(cell);
    }

    @Test
    void theFileStartsWithTheByteOrderMarkAndTheRowsTextDoesNot() {
        CsvWriter csv = new CsvWriter().row(List.of("שלב", "a, b")).row(List.of("=1", "-3"));
        assertThat(csv.rowsText()).isEqualTo("שלב,\"a, b\"\r\n\"'=1\",-3\r\n");
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + csv.rowsText());
    }
}
