package app.masa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Bidi;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A file's path in a Hebrew sentence reads as it is written: its leading slash stays at its start. */
class PathInSentenceTest {
    private static final Locale HEBREW = Locale.forLanguageTag("he");

    @Test
    void theRecoveryLineKeepsThePathWhole() {
        String path = "/tmp/plan.journey.json";

        assertThat(visual(Messages.get(HEBREW, "recovery.item.file", DirectionMarks.path(path)))).contains(path);
        assertThat(visual(Messages.get(HEBREW, "recovery.item.file", path))).as("without marks")
                .doesNotContain(path);
    }

    /** The characters as a right-to-left paragraph shows them, from the left, marks left out. */
    private static String visual(String text) {
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] pieces = new Object[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            pieces[i] = levels[i] % 2 == 1 ? new StringBuilder(run).reverse().toString() : run;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, runs);
        StringBuilder out = new StringBuilder();
        for (Object piece : pieces) {
            out.append(piece);
        }
        return out.toString().replace(String.valueOf(DirectionMarks.LEFT_TO_RIGHT_MARK), "");
    }
}
