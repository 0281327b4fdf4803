package app.masa.io;

import static app.masa.io.TestMaps.text;
import static app.masa.io.TestMaps.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.ConversionPath;
import app.masa.model.DotVote;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Metrics;
import app.masa.model.Nps;
import app.masa.model.Stage;
import app.masa.model.TouchpointDetails;
import app.masa.model.TouchpointQuestion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The touchpoint, figures, attribution and vote additions in the file: written in order, read back equal. */
class JourneyAdditionsCodecTest {

    @Test
    void aMapUsingEveryNewFieldReadsBackEqualAndSavesToIdenticalBytes() throws Exception {
        JourneyFile document = RichMaps.rich();
        byte[] first = JourneyCodec.write(document);

        JourneyFile read = JourneyCodec.read(first, "rich");

        assertThat(read).isEqualTo(document);
        assertThat(JourneyCodec.write(read)).isEqualTo(first);
    }

    @Test
    void writesTheNewFieldsInTheDocumentedOrder() {
        String written = text(JourneyCodec.write(RichMaps.rich()));

        assertThat(written).contains("""
                      "modified": "2026-11-22T09:30:00Z",
                      "currency": "EUR",
                      "gap-threshold": 3,
                      "attribution-half-life": 4,
                      "scale": {
                """);
        assertThat(written).contains("""
                          "Very positive"
                        ],
                        "scaleExtra": "kept"
                      },
                """);
        assertThat(written).contains("""
                          "frustrations": [
                            "Late deliveries"
                          ],
                          "channels": [
                            "social",
                            "website"
                          ],
                """);
        assertThat(written).contains("""
                          "name": "Awareness",
                          "nps": {
                            "promoters": 40,
                            "passives": 30,
                            "detractors": 10,
                            "source": "survey",
                            "date": "2026-10-30",
                            "npsExtra": 1
                          }
                        },
                """);
        assertThat(written).contains("""
                          "tags": [
                            "paid"
                          ],
                          "touchpoint": {
                            "expected": 2,
                            "presence": "online",
                            "facing": "ad",
                            "owner": "Marketing",
                            "actors": [
                              "Dana",
                              "Her partner"
                            ],
                            "answers": {
                              "expectation": "A fair price",
                              "delivery-extras": "A fridge magnet with our number",
                              "notes": "Check the budget",
                              "referral": "Friends"
                            },
                            "touchpointExtra": true
                          },
                          "metrics": {
                            "reach": 1200,
                            "conversions": 60,
                            "csat": 4.2,
                            "cost": 300,
                            "source": "site-analytics",
                            "date": "2026-11-01",
                            "metricsExtra": "x"
                          }
                        },
                """);
        assertThat(written).contains("""
                      "conversion-paths": [
                        {
                          "id": "path-1",
                          "steps": [
                            "channel:social",
                            "c-1",
                            "c-2"
                          ],
                          "conversions": 25,
                          "value": 1250.5,
                          "pathExtra": "kept"
                        },
                        {
                          "id": "path-2",
                          "steps": [
                            "c-2"
                          ],
                          "conversions": 5
                        }
                      ],
                      "vote": {
                        "dots-per-participant": 3,
                        "participants": 5,
                        "eligible": [
                          "pain-point",
                          "opportunity"
                        ],
                        "open": true,
                        "dots": {
                          "c-1": 1,
                          "c-2": 4
                        },
                        "voteExtra": "kept"
                      }
                    }
                  ]
                }
                """);
        assertThat(written).containsPattern("\"channels\": \\[\\s+\"social\",\\s+\"website\"\\s+\\],\\s+\"photo\": \"data:image/png;base64,");
    }

    @Test
    void aFileWithoutTheAdditionsGetsTheDefaultsAndSavesAsBefore() throws Exception {
        byte[] plain = JourneyCodec.write(TestMaps.small());
        JourneyMap map = JourneyCodec.read(plain, "plain").maps().get(0);

        assertThat(map.gapThreshold()).isEqualTo(JourneyMap.DEFAULT_GAP_THRESHOLD);
        assertThat(map.attributionHalfLife()).isEqualTo(JourneyMap.DEFAULT_ATTRIBUTION_HALF_LIFE);
        assertThat(map.currency()).isNull();
        assertThat(map.conversionPaths()).isEmpty();
        assertThat(map.vote()).isNull();
        assertThat(map.cards()).allSatisfy(c -> {
            assertThat(c.touchpoint()).isEqualTo(TouchpointDetails.EMPTY);
            assertThat(c.metrics()).isEqualTo(Metrics.EMPTY);
        });
        assertThat(map.stages()).extracting(Stage::nps).containsOnly(Nps.EMPTY);
        assertThat(text(plain)).doesNotContain("touchpoint\":", "metrics", "nps", "vote", "conversion-paths",
                "currency", "gap-threshold", "attribution-half-life", "channels", "photo");
    }

    @Test
    void emptyAndDefaultValuesOfTheNewObjectsAreLeftOut() throws Exception {
        JourneyMap base = TestMaps.small().maps().get(0);
        Card card = base.cards().get(0)
                .withTouchpoint(TouchpointDetails.EMPTY.withAnswer(TouchpointQuestion.VALUES, "Trust"))
                .withMetrics(Metrics.EMPTY.withReach(0L));
        JourneyMap map = base.withCards(List.of(card))
                .withConnections(List.of())
                .withVote(DotVote.start(2, 4, Set.of()).withOpen(false));
        String written = text(JourneyCodec.write(JourneyFile.of(map)));

        assertThat(written).contains("""
                "touchpoint": {
                            "answers": {
                              "values": "Trust"
                            }
                          },
                          "metrics": {
                            "reach": 0
                          }
                """.strip());
        assertThat(written).contains("""
                "vote": {
                        "dots-per-participant": 2,
                        "participants": 4
                      }
                """.strip());
        assertThat(JourneyCodec.read(utf8(written), "again").maps().get(0)).isEqualTo(map);
    }

    @Test
    void keepsUnknownFieldsInsideEveryNewObjectAndTheScale() throws Exception {
        String file = TestMaps.minimalFile("""
                , "type": "touchpoint",
                "touchpoint": { "expected": 1, "later": [1], "answers": { "newQuestion": "kept", "exceed": "Yes" } },
                "metrics": { "reach": 3, "later": {} }""")
                .replace("\"labels\": [\"a\", \"b\", \"c\", \"d\", \"e\"]",
                        "\"labels\": [\"a\", \"b\", \"c\", \"d\", \"e\"], \"colours\": [\"#ff0000\"]")
                .replace("\"stages\": [ { \"id\": \"s\" } ]",
                        "\"stages\": [ { \"id\": \"s\", \"nps\": { \"promoters\": 2, \"later\": null } } ]")
                .replace("\"lanes\"", "\"conversion-paths\": [ { \"id\": \"p\", \"steps\": [\"c\"], \"later\": 1 } ],\n"
                        + "      \"vote\": { \"dots-per-participant\": 1, \"participants\": 1, \"later\": \"x\" },\n"
                        + "      \"lanes\"");

        JourneyMap map = JourneyCodec.read(utf8(file), "later").maps().get(0);
        Card card = map.cards().get(0);

        assertThat(map.scale().extras().values()).containsEntry("colours", List.of("#ff0000"));
        assertThat(card.touchpoint().extras().values()).containsEntry("later", List.of(1L));
        assertThat(card.touchpoint().otherAnswers().values()).containsEntry("newQuestion", "kept");
        assertThat(card.touchpoint().answers()).containsEntry(TouchpointQuestion.EXCEED, "Yes");
        assertThat(card.metrics().extras().values()).containsEntry("later", Map.of());
        assertThat(map.stages().get(0).nps().extras().values()).containsKey("later");
        assertThat(map.conversionPaths().get(0).extras().values()).containsEntry("later", 1L);
        assertThat(map.vote().extras().values()).containsEntry("later", "x");
        byte[] saved = JourneyCodec.write(JourneyFile.of(map));
        assertThat(JourneyCodec.read(saved, "again").maps().get(0)).isEqualTo(map);
        assertThat(text(saved)).contains("\"newQuestion\": \"kept\"", "\"colours\": [");
    }

    @Test
    void aSavedFileLeavesOutDotsAndStepsOfDeletedCardsSoItAlwaysOpensAgain() throws Exception {
        JourneyMap rich = RichMaps.rich().maps().get(0);
        JourneyMap withoutC2 = rich.withCards(rich.cards().stream().filter(c -> !c.id().equals("c-2")).toList())
                .withConnections(List.of());

        JourneyMap reread = JourneyCodec.read(JourneyCodec.write(JourneyFile.of(withoutC2)), "again").maps().get(0);

        assertThat(withoutC2.vote().dots()).containsKey("c-2");
        assertThat(reread.vote().dots()).containsOnlyKeys("c-1");
        assertThat(reread.conversionPaths()).extracting(ConversionPath::id).containsExactly("path-1");
        assertThat(reread.conversionPaths().get(0).steps()).containsExactly("channel:social", "c-1");
    }

    @Test
    void theBuiltInTemplatesReadBackEqualAndSaveStably() throws Exception {
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        for (TemplateInfo info : catalog.list()) {
            for (String language : info.languages()) {
                String resource = TemplateCatalog.BUILT_IN + info.id() + "." + language + ".journey.json";
                byte[] original;
                try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
                    original = in.readAllBytes();
                }
                JourneyFile read = JourneyCodec.read(original, resource);
                byte[] saved = JourneyCodec.write(read);
                assertThat(JourneyCodec.read(saved, resource)).as(resource).isEqualTo(read);
                assertThat(JourneyCodec.write(JourneyCodec.read(saved, resource))).as(resource).isEqualTo(saved);
            }
        }
    }
}
