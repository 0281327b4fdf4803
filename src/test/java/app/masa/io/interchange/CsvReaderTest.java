package app.masa.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.i18n.InterfaceLanguage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@InterfaceLanguage("en")
class CsvReaderTest {
    @Test
    void readsCommasQuotesAndLineBreaksInsideFields() throws Exception {
        CsvTable table = CsvReader.read("stage,title,text\r\nAwareness,\"Ad, paid\",\"He said \"\"hi\"\"\r\nand left\"\r\nPurchase,Pays,\r\n");
        assertThat(table.delimiter()).isEqualTo(',');
        assertThat(table.header()).containsExactly("stage", "title", "text");
        assertThat(table.records()).hasSize(2);
        assertThat(table.records().get(0).fields()).containsExactly("Awareness", "Ad, paid", "He said \"hi\"\r\nand left");
        assertThat(table.records().get(0).line()).isEqualTo(2);
        // the quoted line break moves the next record to line 4
        assertThat(table.records().get(1).line()).isEqualTo(4);
        assertThat(table.records().get(1).fields()).containsExactly("Purchase", "Pays", "");
    }

    @Test
    void detectsSemicolonsAndDropsTheByteOrderMark() throws Exception {
        byte[] bytes = "\uFEFFשלב;כותרת;ציון\nמודעות;\"פוסט; ממומן\";1\n".getBytes(StandardCharsets.UTF_8);
        CsvTable table = CsvReader.read(bytes);
        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.header()).containsExactly("שלב", "כותרת", "ציון");
        assertThat(table.records().get(0).fields()).containsExactly("מודעות", "פוסט; ממומן", "1");
    }

    @Test
    void skipsBlankRowsAndKeepsTheLastRowWithoutALineEnd() throws Exception {
        CsvTable table = CsvReader.read("title\n\nOne\n,\nTwo");
        assertThat(table.records()).extracting(r -> r.field(0)).containsExactly("One", "Two");
        assertThat(table.records()).extracting(CsvRecord::line).containsExactly(3, 5);
    }

    @Test
    void namesTheLineOfAQuoteThatNeverCloses() {
        assertThatThrownBy(() -> CsvReader.read("title\nfine\n\"open\nstill open\n"))
                .isInstanceOf(InterchangeException.class)
                .hasMessage("Line 3: A quoted field opens here and never closes.");
    }

    @Test
    void namesTheLineOfTextThatIsNotUtf8() {
        // "מודעות" as Windows-1255 bytes on the third line
        byte[] bytes = {'t', 'i', 't', 'l', 'e', '\n', 'o', 'k', '\n', (byte) 0xEE, (byte) 0xE5, (byte) 0xE3, '\n'};
        assertThatThrownBy(() -> CsvReader.read(bytes))
                .isInstanceOf(InterchangeException.class)
                .hasMessageStartingWith("Line 3: This is not UTF-8 text.");
    }

    @Test
    void anEmptyFileIsExplained() {
        assertThatThrownBy(() -> CsvReader.read("\uFEFF\r\n\r\n"))
                .isInstanceOf(InterchangeException.class)
                .hasMessageContaining("The file is empty");
    }

    @Test
    void writesWhatExcelOpensWithHebrewIntact() throws Exception {
        CsvWriter writer = new CsvWriter().row(List.of("title", "text")).row(List.of("פוסט, ממומן", "a \"quote\"\nnext"));
        String text = writer.text();
        assertThat(text).startsWith("\uFEFFtitle,text\r\n");
        assertThat(text).endsWith("\"פוסט, ממומן\",\"a \"\"quote\"\"\nnext\"\r\n");
        CsvTable back = CsvReader.read(writer.bytes());
        assertThat(back.records().get(0).fields()).containsExactly("פוסט, ממומן", "a \"quote\"\nnext");
    }

    @Test
    void namesTheLineOfTextAfterAClosingQuote() {
        assertThatThrownBy(() -> CsvReader.read("title,text\nfine,ok\n\"Ad\" paid,x\n"))
                .isInstanceOf(InterchangeException.class)
                .hasMessageStartingWith("Line 3: Text follows the quote that closes a field.");
    }

    @Test
    void aQuoteAfterBlanksStillOpensTheFieldAndAQuoteInsideIsKept() throws Exception {
        CsvTable table = CsvReader.read("title,text\nA,  \"x, y\"  \nB,5\" screen\n");
        assertThat(table.records().get(0).fields()).containsExactly("A", "x, y");
        assertThat(table.records().get(1).fields()).containsExactly("B", "5\" screen");
    }

    @Test
    void formulasGoOutGuardedAndComeBackAsTyped() throws Exception {
        List<String> typed = List.of("=HYPERLINK(\"x\")", "+972 50", "@home", "-5", " padded ", "a;b");
        String text = new CsvWriter().row(List.of("a", "b", "c", "d", "e", "f")).row(typed).text();
        assertThat(text).contains("'=HYPERLINK", "'+972 50", "'@home").doesNotContain("'-5");
        CsvRecord back = CsvReader.read(text).records().get(0);
        assertThat(back.fields()).hasSize(typed.size());
        for (int i = 0; i < typed.size(); i++) {
            assertThat(CsvWriter.restored(back.field(i).strip())).isEqualTo(typed.get(i).strip());
        }
    }
}
