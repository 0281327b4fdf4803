package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.JourneyFile;
import app.masa.model.sample.MapGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RoundTripProperties {

    @Property(tries = 60)
    void anyGeneratedDocumentReadsBackEqualAndWritesBackIdentical(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 9) int stages, @ForAll @IntRange(min = 2, max = 7) int lanes,
            @ForAll @IntRange(min = 0, max = 120) int cards) throws Exception {
        JourneyFile document = MapGenerator.generate(seed, stages, lanes, cards);
        byte[] bytes = JourneyCodec.write(document);

        JourneyFile read = JourneyCodec.read(bytes, "generated");

        assertThat(read).isEqualTo(document);
        assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
    }
}
