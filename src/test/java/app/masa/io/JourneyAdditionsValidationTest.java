package app.masa.io;

import static app.masa.io.TestMaps.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.PersonaPhoto;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the touchpoint, figures, attribution and vote additions, reported at its line and column. */
@InterfaceLanguage("en")
class JourneyAdditionsValidationTest {
    private static List<Problem> problemsOf(String file) {
        JourneyFormatException e = catchThrowableOfType(JourneyFormatException.class,
                () -> JourneyCodec.read(utf8(file), "bad.journey.json"));
        assertThat(e).as("the file should be refused").isNotNull();
        return e.problems();
    }

    @Test
    void reportsEveryBrokenRuleOfTheAdditionsWithItsPlace() {
        String file = """
                {
                  "format": "masa-journey",
                  "version": 1,
                  "maps": [
                    {
                      "id": "m",
                      "currency": "shekel",
                      "gap-threshold": 0,
                      "attribution-half-life": 1.5,
                      "scale": { "min": -2, "labels": ["a", "b", "c", "d", "e"] },
                      "personas": [ { "id": "p", "photo": "http://example.com/a.png", "channels": ["tiktok"] } ],
                      "stages": [ { "id": "s", "nps": { "promoters": -1, "date": "yesterday" } } ],
                      "lanes": [ { "id": "l" } ],
                      "cards": [
                        { "id": "c", "stage": "s", "lane": "l", "touchpoint": { "expected": 5, "presence": "remote" },
                          "metrics": { "reach": -3, "csat": 7, "cost": -1, "source": "guess" } }
                      ],
                      "conversion-paths": [ { "id": "p1", "steps": ["c", "ghost", "channel:tiktok"] }, { "id": "p1", "steps": [] } ],
                      "vote": { "dots-per-participant": 3, "participants": 0, "dots": { "c": -1, "ghost": 2 } }
                    }
                  ]
                }
                """;

        List<Problem> problems = problemsOf(file);

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "7:19: \"shekel\" is not a currency code such as USD, EUR or ILS.",
                "8:24: \"gap-threshold\" must be between 1 and 100; it is 0.",
                "9:32: \"attribution-half-life\" should be a whole number, not a number.",
                "11:43: The photo is not an embedded PNG or JPEG image (data:image/png;base64,… or data:image/jpeg;base64,…).",
                "11:84: \"channels\" cannot be \"tiktok\"; use one of: website, phone, email, store, social, ad, chat, sms, delivery, word-of-mouth, app, other.",
                "12:54: \"promoters\" cannot be negative; it is -1.",
                "12:66: \"yesterday\" in \"date\" is not a date such as 2026-11-01.",
                "15:77: Expected score 5 is outside the map's emotion scale, which runs from -2 to 2.",
                "15:92: \"presence\" cannot be \"remote\"; use one of: online, offline, in-person.",
                "16:33: \"reach\" cannot be negative; it is -3.",
                "16:45: \"csat\" must be between 1 and 5; it is 7.",
                "16:56: \"cost\" cannot be negative; it is -1.",
                "16:70: \"source\" cannot be \"guess\"; use one of: survey, interview, site-analytics, customer-feedback, sales-system, other.",
                "18:58: Step \"ghost\" of conversion path \"p1\" is neither a card of this map nor a channel such as channel:social.",
                "18:67: Step \"channel:tiktok\" of conversion path \"p1\" is neither a card of this map nor a channel such as channel:social.",
                "18:96: The id \"p1\" is used twice among the conversion paths (first on line 18).",
                "18:111: Conversion path \"p1\" has no steps; it needs at least one.",
                "19:60: \"participants\" must be between 1 and 1,000; it is 0.",
                "19:78: \"c\" cannot be negative; it is -1.",
                "19:91: The vote gives dots to card \"ghost\", which this map does not have.");
        assertThat(problems.get(0).path()).isEqualTo("maps[0].currency");
        assertThat(problems.get(13).path()).isEqualTo("maps[0].conversion-paths[0].steps[1]");
        assertThat(problems.get(19).path()).isEqualTo("maps[0].vote.dots.ghost");
    }

    @Test
    void refusesAPhotoLargerThanTheLimitWithoutQuotingIt() {
        String photo = "data:image/jpeg;base64," + "A".repeat(PersonaPhoto.MAX_BASE64_CHARS + 4);
        String file = TestMaps.minimalFile("").replace("\"stages\"",
                "\"personas\": [ { \"id\": \"p\", \"photo\": \"" + photo + "\" } ],\n      \"stages\"");

        List<Problem> problems = problemsOf(file);

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "8:43: The photo is too large (960,004 characters, at most 960,000); use a smaller image, such as one 512 pixels wide.");
    }

    @Test
    void acceptsAWellFormedPhotoAndAVoteWithMoreDotsThanItsBudget() throws Exception {
        String photo = PersonaPhoto.dataUri("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        String file = TestMaps.minimalFile("").replace("\"stages\"",
                "\"personas\": [ { \"id\": \"p\", \"photo\": \"" + photo + "\" } ],\n"
                        + "      \"vote\": { \"dots-per-participant\": 1, \"participants\": 1, \"dots\": { \"c\": 5 } },\n"
                        + "      \"stages\"");

        var map = JourneyCodec.read(utf8(file), "ok").maps().get(0);

        assertThat(map.personas().get(0).photo()).isEqualTo(photo);
        assertThat(PersonaPhoto.bytes(photo)).hasValueSatisfying(b -> assertThat(b).hasSize(3));
        assertThat(map.vote().dotsOn("c")).isEqualTo(5);
        assertThat(map.vote().dotsLeft()).isZero();
    }

    @Test
    void quotesAtMostAShortPieceOfAHugeValue() {
        String file = TestMaps.minimalFile("").replace("\"stage\": \"s\"", "\"stage\": \"" + "x".repeat(5000) + "\"");

        List<Problem> problems = problemsOf(file);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).hasSizeLessThan(300).contains("xxx…xxx");
    }
}
