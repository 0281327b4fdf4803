package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The advance tables beside the fonts are the fonts' own: a rebuilt font needs its table written again. */
class FontAdvancesTest {
    @Test
    void everyTableSaysWhatItsFontFileSays() throws Exception {
        for (FontFace face : FontFace.values()) {
            assertThat(FontAdvances.of(face).sameAs(FontAdvancesTool.fromFontFile(face)))
                    .as("%s differs from its font: run FontAdvancesTool", face.advancesResource()).isTrue();
        }
    }

    @Test
    void aTableSurvivesItsOwnFileFormat() throws Exception {
        FontAdvances table = FontAdvancesTool.fromFontFile(FontFace.BOLD);
        assertThat(FontAdvances.read(table.bytes()).sameAs(table)).isTrue();
        assertThat(table.advance('\t')).isZero();
        assertThat(table.advance('א')).isPositive();
    }

    @Test
    void aTruncatedTableIsRefused() {
        assertThatThrownBy(() -> FontAdvances.read(new byte[100])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100");
    }
}
