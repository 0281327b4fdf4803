package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Bidi;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The short way for Hebrew lines without numbers or Latin letters agrees with the Unicode algorithm. */
class VisualOrderProperties {
    @Property(tries = 500)
    void aHebrewLineWithPunctuationButNoNumberIsOneRightToLeftRun(@ForAll("hebrewWithPunctuation") String line) {
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_RIGHT_TO_LEFT);

        assertThat(bidi.getRunCount()).as(line).isEqualTo(1);
        assertThat(bidi.getRunLevel(0)).as(line).isEqualTo(1);
        assertThat(VisualOrder.of(line, true)).as(line).isEqualTo(VisualOrder.reverseMirrored(line));
    }

    @Property(tries = 300)
    void aLineWithANumberOrALatinWordIsStillOrderedByTheAlgorithm(@ForAll("hebrewWithPunctuation") String before,
                                                                  @ForAll("hebrewWithPunctuation") String after) {
        for (String inside : new String[] {"48", "SAVE10", "3.5", "₪120", "Google"}) {
            String line = before + inside + after;
            String visual = VisualOrder.of(line, true);

            assertThat(visual).as(line).contains(inside.equals("₪120") ? "120" : inside);
            assertThat(visual.codePoints().sorted().toArray()).as(line)
                    .isEqualTo(line.codePoints().map(MirroredBrackets::mirror).sorted().toArray());
        }
    }

    @Provide
    Arbitrary<String> hebrewWithPunctuation() {
        // Letters, spaces, marks, brackets and the separators and terminators that number rules would touch.
        return Arbitraries.strings().withCharRange('\u05d0', '\u05ea').withChars(" .,:/-+%₪#$!?\"'()[]{}<>—…\u05b8\u05bc")
                .ofMinLength(1).ofMaxLength(40);
    }
}
