package app.masa.io;

import app.masa.model.EmotionScale;
import app.masa.model.Extras;
import app.masa.model.Facing;
import app.masa.model.Kebab;
import app.masa.model.Presence;
import app.masa.model.TouchpointDetails;
import app.masa.model.TouchpointQuestion;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a card's "touchpoint" object: the expected score on the map's scale, presence, facing,
 * owner, the people taking part and the free-text answers. Answers to questions this version does not know are kept.
 */
final class TouchpointBinder {
    private TouchpointBinder() {
    }

    static TouchpointDetails touchpoint(Fields card, EmotionScale scale) {
        Fields t = card.child("touchpoint");
        if (t == null) {
            return TouchpointDetails.EMPTY;
        }
        Integer expected = t.integer("expected", Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (expected != null && scale != null && !scale.contains(expected)) {
            t.problemAt("expected", "validate.expected", expected, scale.min(), scale.max());
        }
        Presence presence = t.choice("presence", Presence.class);
        Facing facing = t.choice("facing", Facing.class);
        String owner = t.string("owner");
        List<String> actors = t.strings("actors");
        Map<TouchpointQuestion, String> answers = new EnumMap<>(TouchpointQuestion.class);
        Map<String, Object> otherAnswers = new LinkedHashMap<>();
        Fields a = t.child("answers");
        if (a != null) {
            Members members = a.node().fields();
            for (int i = 0; i < members.size(); i++) {
                String name = members.name(i);
                TouchpointQuestion question = Kebab.parse(TouchpointQuestion.class, name);
                if (question == null) {
                    otherAnswers.put(name, members.value(i).toPlain());
                } else {
                    String text = a.string(name);
                    if (text != null) {
                        answers.put(question, text);
                    }
                }
            }
        }
        return new TouchpointDetails(expected, presence, facing, owner, actors, answers, Extras.of(otherAnswers),
                t.extras(KnownFields.TOUCHPOINT));
    }
}
