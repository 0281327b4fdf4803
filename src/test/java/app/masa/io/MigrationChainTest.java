package app.masa.io;

import static app.masa.io.TestMaps.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.JourneyFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chain is tested with made-up history: a "version 0" that held a single map under "map"
 * instead of a list under "maps", and steps that leave a trace, to show they run in order. None of
 * them ever shipped; they show how the chain works and that migrated files keep their places.
 */
@InterfaceLanguage("en")
class MigrationChainTest {
    private static final Migration SINGLE_MAP_TO_LIST = new Migration() {
        @Override
        public int from() {
            return 0;
        }

        @Override
        public Node migrate(Node root) {
            Node map = root.field("map");
            return root.without("map").with("maps", Node.array(List.of(map), map.line(), map.offset()));
        }
    };

    private static final String VERSION_0 = """
            {
              "format": "masa-journey",
              "version": 0,
              "map": {
                "id": "m",
                "scale": { "min": -2, "labels": ["a", "b", "c", "d", "e"] },
                "stages": [ { "id": "s" } ],
                "lanes": [ { "id": "l" } ],
                "cards": [ { "id": "c", "stage": "s", "lane": "l", "score": 1 } ]
              }
            }
            """;

    @Test
    void migratesAnOlderVersionOnLoad() throws Exception {
        JourneyReader reader = new JourneyReader(new MigrationChain(1, List.of(SINGLE_MAP_TO_LIST)));

        JourneyFile file = reader.read(utf8(VERSION_0), "old");

        assertThat(file.maps()).hasSize(1);
        assertThat(file.maps().get(0).cards().get(0).score()).isEqualTo(1);
        assertThat(TestMaps.text(JourneyCodec.write(file))).contains("\"version\": 1,\n  \"maps\": [");
    }

    @Test
    void problemsInAMigratedFileStillPointAtTheirLine() {
        JourneyReader reader = new JourneyReader(new MigrationChain(1, List.of(SINGLE_MAP_TO_LIST)));

        Problem problem = catchThrowableOfType(JourneyFormatException.class,
                () -> reader.read(utf8(VERSION_0.replace("\"score\": 1", "\"score\": 5")), "old"))
                .problems().get(0);

        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.path()).isEqualTo("maps[0].cards[0].score");
    }

    @Test
    void runsEveryStepInOrderFromTheFilesVersion() throws Exception {
        Migration secondStep = new Migration() {
            @Override
            public int from() {
                return 1;
            }

            @Override
            public Node migrate(Node root) {
                return root.with("steps", Node.text(textOf(root.field("steps")) + "1->2;"));
            }
        };
        Migration zeroToOne = new Migration() {
            @Override
            public int from() {
                return 0;
            }

            @Override
            public Node migrate(Node root) {
                return SINGLE_MAP_TO_LIST.migrate(root).with("steps", Node.text("0->1;"));
            }
        };
        JourneyReader reader = new JourneyReader(new MigrationChain(2, List.of(zeroToOne, secondStep)));

        JourneyFile file = reader.read(utf8(VERSION_0), "old");

        assertThat(file.extras().values()).containsEntry("steps", "0->1;1->2;");
    }

    @Test
    void refusesAVersionOlderThanTheChainReaches() {
        JourneyReader reader = new JourneyReader(new MigrationChain(1, List.of()));

        JourneyFormatException e = catchThrowableOfType(JourneyFormatException.class,
                () -> reader.read(utf8(VERSION_0), "old"));

        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "This file uses format 0, which this version of Masa no longer reads (it reads formats 1 to 1).");
    }

    @Test
    void refusesANewerVersionWithThePlainMessage() {
        JourneyFormatException e = catchThrowableOfType(JourneyFormatException.class,
                () -> JourneyCodec.read(utf8(VERSION_0.replace("\"version\": 0", "\"version\": 3")), "new.journey.json"));

        assertThat(e.getMessage()).isEqualTo("new.journey.json could not be opened: line 3, column 14: "
                + "This file was made by a newer Masa (format 3); this version reads up to format 1.");
    }

    @Test
    void theStandardChainReadsTheCurrentVersion() {
        MigrationChain standard = MigrationChain.standard();

        assertThat(standard.current()).isEqualTo(JourneyCodec.VERSION);
        assertThat(standard.canRead(JourneyCodec.VERSION)).isTrue();
        assertThat(standard.canRead(JourneyCodec.VERSION + 1)).isFalse();
    }

    @Test
    void refusesAChainWithAGap() {
        assertThatThrownBy(() -> new MigrationChain(3, List.of(SINGLE_MAP_TO_LIST, SINGLE_MAP_TO_LIST)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String textOf(Node node) {
        return node == null ? "" : (String) node.value();
    }
}
