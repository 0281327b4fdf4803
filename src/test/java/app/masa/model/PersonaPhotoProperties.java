package app.masa.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written check of a picture's data URI accepts exactly what the format's pattern describes. */
class PersonaPhotoProperties {
    /** The format's definition: a PNG or JPEG data URI, base64 letters, at most two padding signs, whole quads. */
    private static final Pattern DATA_URI = Pattern.compile("data:image/(png|jpeg);base64,([A-Za-z0-9+/]*={0,2})");

    @Property(tries = 2000)
    void aDataUriIsWellFormedExactlyWhenThePatternSaysSo(@ForAll("nearlyDataUris") String text) {
        boolean byPattern = DATA_URI.matcher(text).matches() && (text.length() - text.indexOf(',') - 1) % 4 == 0;

        assertThat(PersonaPhoto.isWellFormed(text)).as(text).isEqualTo(byPattern);
    }

    @Provide
    Arbitrary<String> nearlyDataUris() {
        Arbitrary<String> head = Arbitraries.of("data:image/png;base64,", "data:image/jpeg;base64,",
                "data:image/gif;base64,", "data:image/png;base64", "Data:image/png;base64,", "", "data:image/jpeg;base64,,");
        Arbitrary<String> body = Arbitraries.strings().withChars("ABCxyz0189+/=-_ ,\n").ofMaxLength(14);
        return Combinators.combine(head, body).as(String::concat);
    }
}
