package app.masa.io;

import static app.masa.io.TestMaps.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@InterfaceLanguage("en")
class ValidationTest {
    private static List<Problem> problemsOf(String file) {
        JourneyFormatException e = catchThrowableOfType(JourneyFormatException.class,
                () -> JourneyCodec.read(utf8(file), "bad.journey.json"));
        assertThat(e).as("the file should be refused").isNotNull();
        return e.problems();
    }

    @Test
    void reportsEveryProblemOfAFileAtOnceWithItsLineColumnAndPath() {
        String file = """
                {
                  "format": "masa-journey",
                  "version": 1,
                  "maps": [
                    {
                      "id": "m",
                      "scale": { "min": -2, "labels": ["a", "b", "c", "d", "e"] },
                      "stages": [ { "id": "s" }, { "id": "s", "width": 0 } ],
                      "lanes": [ { "id": "l", "kind": "curve", "color": "red" } ],
                      "cards": [
                        { "id": "c1", "stage": "nowhere", "lane": "l", "score": 7 },
                        { "id": "c2", "stage": "s", "lane": "l", "order": "first", "type": "pain_point" },
                        { "stage": "s", "lane": "l" }
                      ],
                      "connections": [ { "id": "k", "from": "c1", "to": "ghost" } ]
                    }
                  ]
                }
                """;

        List<Problem> problems = problemsOf(file);

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "8:42: The id \"s\" is used twice among the stages (first on line 8).",
                "8:56: \"width\" must be greater than 0; it is 0.",
                "9:39: \"kind\" cannot be \"curve\"; use one of: cards, text, emotion, storyboard.",
                "9:57: \"red\" is not a colour for \"color\"; write it as #RRGGBB, for example #4f7cac.",
                "11:32: Card \"c1\" is in stage \"nowhere\", which this map does not have.",
                "11:65: Score 7 is outside the map's emotion scale, which runs from -2 to 2.",
                "12:59: \"order\" should be a whole number, not text.",
                "12:76: \"type\" cannot be \"pain_point\"; use one of: touchpoint, action, thought, pain-point, opportunity, note.",
                "13:9: \"id\" is missing; it is required here.",
                "15:57: Connection \"k\" ends at card \"ghost\", which this map does not have.");
        assertThat(problems).extracting(Problem::path).containsExactly(
                "maps[0].stages[1].id", "maps[0].stages[1].width", "maps[0].lanes[0].kind", "maps[0].lanes[0].color",
                "maps[0].cards[0].stage", "maps[0].cards[0].score", "maps[0].cards[1].order",
                "maps[0].cards[1].type", "maps[0].cards[2].id", "maps[0].connections[0].to");
    }

    @Test
    void reportsWrongKindsAndMissingRequiredFields() {
        String file = """
                {"format": "masa-journey", "version": 1, "maps": [
                  {"title": 5, "scale": {"min": "low", "labels": ["a", 2, "c"]}, "cards": {},
                   "stages": [ "s" ], "created": "yesterday", "language": "not a tag!"}
                ]}
                """;

        assertThat(problemsOf(file)).extracting(Problem::message).containsExactly(
                "\"id\" is missing; it is required here.",
                "\"title\" should be text, not a number.",
                "\"min\" should be a whole number, not text.",
                "Each item of \"labels\" should be text, not a number.",
                "\"cards\" should be a list, not an object.",
                "Each item of \"stages\" should be an object, not text.",
                "\"yesterday\" in \"created\" is not a date and time such as 2026-11-22T09:00:00Z.",
                "\"not a tag!\" is not a language tag such as en or he.");
    }

    @Test
    void refusesAScaleWithTooFewOrTooManyLevels() {
        String two = TestMaps.minimalFile("").replace("[\"a\", \"b\", \"c\", \"d\", \"e\"]", "[\"a\", \"b\"]");
        String twelve = TestMaps.minimalFile("").replace("[\"a\", \"b\", \"c\", \"d\", \"e\"]",
                "[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\",\"12\"]");

        assertThat(problemsOf(two)).extracting(Problem::message)
                .containsExactly("The emotion scale has 2 levels; it needs 3 to 11.");
        assertThat(problemsOf(twelve)).extracting(Problem::message)
                .containsExactly("The emotion scale has 12 levels; it needs 3 to 11.");
    }

    @Test
    void reportsDuplicateKeysDuplicateMapIdsAndAnEmptyMapList() {
        String duplicates = """
                {"format": "masa-journey", "version": 1, "maps": [
                  {"id": "m", "id": "m2", "scale": {"min": 0, "labels": ["a", "b", "c"]}},
                  {"id": "m", "scale": {"min": 0, "labels": ["a", "b", "c"]}}
                ]}
                """;
        String noMaps = "{\"format\": \"masa-journey\", \"version\": 1, \"maps\": []}";

        assertThat(problemsOf(duplicates)).extracting(Problem::toString).containsExactly(
                "2:21: \"id\" appears twice in the same object.",
                "3:10: The id \"m\" is used twice among the maps (first on line 2).");
        assertThat(problemsOf(noMaps)).extracting(Problem::message)
                .containsExactly("The file holds no maps; it needs at least one.");
    }

    @Test
    void refusesOtherFormatsAndNewerVersionsWithOnePlainSentence() {
        assertThat(problemsOf("{\"format\": \"other\", \"version\": 1, \"maps\": []}"))
                .extracting(Problem::message)
                .containsExactly("This is not a Masa journey file: its format is \"other\", not \"masa-journey\".");
        assertThat(problemsOf("{\"maps\": []}")).extracting(Problem::message)
                .containsExactly("This is not a Masa journey file: \"format\" is missing.");
        assertThat(problemsOf("{\"format\": \"masa-journey\", \"version\": 3, \"maps\": [{\"future\": true}]}"))
                .extracting(Problem::toString)
                .containsExactly("1:39: This file was made by a newer Masa (format 3); this version reads up to format 1.");
    }

    @Test
    void countsColumnsInCharactersSoHebrewLinesPointAtTheRightPlace() {
        String file = TestMaps.minimalFile(", \"title\": \"שלום עולם\", \"score\": 9");

        Problem problem = problemsOf(file).get(0);

        assertThat(problem.line()).isEqualTo(10);
        assertThat(problem.column()).isEqualTo(89);
        assertThat(file.lines().skip(9).findFirst().orElseThrow().substring(88)).startsWith("9 }");
    }

    @Test
    void givesTheExceptionAPlainSummaryOfTheFirstProblem() {
        JourneyFormatException e = catchThrowableOfType(JourneyFormatException.class,
                () -> JourneyCodec.read(utf8(TestMaps.minimalFile(", \"score\": 9, \"order\": -1")), "plan.journey.json"));

        assertThat(e.getMessage()).isEqualTo("plan.journey.json could not be opened: line 10, column 67: "
                + "Score 9 is outside the map's emotion scale, which runs from -2 to 2. (and 1 more problems)");
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void speaksHebrewWhenTheInterfaceDoes() {
        Messages.setLocale(Locale.forLanguageTag("he"));

        assertThat(problemsOf(TestMaps.minimalFile(", \"score\": 9")).get(0).message())
                .isEqualTo("הציון 9 מחוץ לסולם הרגש של המפה, שנע בין \u200E-2 ל-2.");
    }
}
