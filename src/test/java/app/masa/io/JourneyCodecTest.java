package app.masa.io;

import static app.masa.io.TestMaps.text;
import static app.masa.io.TestMaps.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.sample.MapGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyCodecTest {

    @Test
    void writesTheDocumentedShapeWithKeysInOrderAndDefaultsLeftOut() {
        String written = text(JourneyCodec.write(TestMaps.small()));

        assertThat(written).isEqualTo("""
                {
                  "format": "masa-journey",
                  "version": 1,
                  "maps": [
                    {
                      "id": "map-1",
                      "title": "Ordering vegetables online",
                      "scenario": "A first order",
                      "created": "2026-11-22T09:00:00Z",
                      "modified": "2026-11-22T09:30:00Z",
                      "scale": {
                        "min": -2,
                        "labels": [
                          "Very negative",
                          "Negative",
                          "Neutral",
                          "Positive",
                          "Very positive"
                        ]
                      },
                      "personas": [
                        {
                          "id": "p-1",
                          "name": "Dana",
                          "role": "Busy parent",
                          "quote": "No time",
                          "goals": [
                            "Fresh food"
                          ],
                          "frustrations": [
                            "Late deliveries"
                          ]
                        }
                      ],
                      "stages": [
                        {
                          "id": "awareness",
                          "name": "Awareness"
                        },
                        {
                          "id": "purchase",
                          "name": "Purchase",
                          "width": 1.5,
                          "color": "#4f7cac"
                        }
                      ],
                      "lanes": [
                        {
                          "id": "touchpoints",
                          "title": "Touchpoints"
                        },
                        {
                          "id": "emotion",
                          "title": "Emotion",
                          "kind": "emotion"
                        }
                      ],
                      "cards": [
                        {
                          "id": "c-1",
                          "stage": "awareness",
                          "lane": "touchpoints",
                          "title": "Sponsored post",
                          "type": "touchpoint",
                          "channel": "social",
                          "score": 1,
                          "tags": [
                            "paid"
                          ]
                        },
                        {
                          "id": "c-2",
                          "stage": "purchase",
                          "lane": "touchpoints",
                          "title": "Checkout",
                          "type": "pain-point",
                          "channel": "word-of-mouth",
                          "score": -2
                        },
                        {
                          "id": "c-3",
                          "stage": "purchase",
                          "lane": "touchpoints",
                          "order": 1
                        }
                      ],
                      "connections": [
                        {
                          "id": "k-1",
                          "from": "c-1",
                          "to": "c-2",
                          "label": "clicks"
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        JourneyFile original = TestMaps.small();

        JourneyFile read = JourneyCodec.read(JourneyCodec.write(original), "small");

        assertThat(read).isEqualTo(original);
    }

    @Test
    void savingAnUnchangedDocumentTwiceGivesIdenticalBytes() throws Exception {
        byte[] first = JourneyCodec.write(JourneyCodec.read(utf8(TestMaps.minimalFile(", \"x\": 1.50")), "f"));
        byte[] second = JourneyCodec.write(JourneyCodec.read(first, "f"));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void largeGeneratedMapsSurviveARoundTrip() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            JourneyFile generated = MapGenerator.generate(seed, 6, 7, 300);
            byte[] bytes = JourneyCodec.write(generated);

            JourneyFile read = JourneyCodec.read(bytes, "generated");

            assertThat(read).isEqualTo(generated);
            assertThat(JourneyCodec.write(read)).isEqualTo(bytes);
        }
    }

    @Test
    void writesNonDefaultDirectionAndLanguageOnly() throws Exception {
        JourneyMap map = TestMaps.small().maps().get(0);
        JourneyFile hebrewLtr = JourneyFile.of(map.withLanguage("he").withDirection(app.masa.model.Direction.LTR));

        String written = text(JourneyCodec.write(hebrewLtr));

        assertThat(written).contains("\"language\": \"he\",\n      \"direction\": \"ltr\"");
        assertThat(JourneyCodec.read(utf8(written), "he").maps().get(0).direction())
                .isEqualTo(app.masa.model.Direction.LTR);
        assertThat(text(JourneyCodec.write(JourneyFile.of(map.withLanguage("he").withDirection(null)))))
                .contains("\"language\": \"he\"").doesNotContain("direction");
    }

    @Test
    void keepsUnknownFieldsAtEveryLevelAndWritesThemAfterTheKnownOnes() throws Exception {
        String file = """
                {
                  "format": "masa-journey",
                  "version": 1,
                  "zFile": {"nested": [1, 2.5, null, true, "x"]},
                  "maps": [
                    {
                      "id": "m",
                      "mapExtra": "kept",
                      "scale": { "min": 0, "labels": ["a", "b", "c"] },
                      "personas": [ { "id": "p", "personaExtra": 1 } ],
                      "stages": [ { "id": "s", "stageExtra": [] } ],
                      "lanes": [ { "id": "l", "laneExtra": {} } ],
                      "cards": [
                        { "cardExtra": 12345678901234567890123, "id": "c", "stage": "s", "lane": "l" },
                        { "id": "d", "stage": "s", "lane": "l" }
                      ],
                      "connections": [ { "id": "k", "from": "c", "to": "d", "connectionExtra": false } ]
                    }
                  ]
                }
                """;

        JourneyFile read = JourneyCodec.read(utf8(file), "extras");
        String written = text(JourneyCodec.write(read));

        JourneyMap map = read.maps().get(0);
        assertThat(read.extras().values()).containsEntry("zFile",
                Map.of("nested", java.util.Arrays.asList(1L, new java.math.BigDecimal("2.5"), null, true, "x")));
        assertThat(map.extras().values()).containsEntry("mapExtra", "kept");
        assertThat(map.personas().get(0).extras().values()).containsEntry("personaExtra", 1L);
        assertThat(map.stages().get(0).extras().values()).containsEntry("stageExtra", List.of());
        assertThat(map.lanes().get(0).extras().values()).containsEntry("laneExtra", Map.of());
        assertThat(map.cards().get(0).extras().values())
                .containsEntry("cardExtra", new java.math.BigInteger("12345678901234567890123"));
        assertThat(map.connections().get(0).extras().values()).containsEntry("connectionExtra", false);
        assertThat(written)
                .contains("\"to\": \"d\",\n          \"connectionExtra\": false")
                .contains("\"lane\": \"l\",\n          \"cardExtra\": 12345678901234567890123")
                .contains("\"stageExtra\": []")
                .contains("\"laneExtra\": {}")
                .endsWith("  ],\n  \"zFile\": {\n    \"nested\": [\n      1,\n      2.5,\n      null,\n      true,\n      \"x\"\n    ]\n  }\n}\n");
        assertThat(JourneyCodec.read(utf8(written), "again")).isEqualTo(read);
    }

    @Test
    void acceptsAUtf8ByteOrderMark() throws Exception {
        byte[] plain = utf8(TestMaps.minimalFile(""));
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(JourneyCodec.read(withBom, "bom")).isEqualTo(JourneyCodec.read(plain, "plain"));
    }

    @Test
    void keepsHebrewTextReadableInTheFile() throws Exception {
        JourneyFile hebrew = JourneyFile.of(TestMaps.small().maps().get(0).withTitle("הזמנת ירקות"));

        assertThat(text(JourneyCodec.write(hebrew))).contains("\"title\": \"הזמנת ירקות\"");
    }
}
