package app.masa.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the guided form records about a touchpoint card besides its title, channel and score.
 *
 * @param expectedScore what the customer expects here, on the map's emotion scale; null when not rated
 * @param presence      online, offline or in person; null when not answered
 * @param facing        who faces the customer; null when not answered
 * @param owner         who inside the business owns this moment; "" when not answered
 * @param actors        the people who take part in this moment, by name, as a Mermaid journey names
 *                      them on a task; empty when not said (then it is everyone of the map's personas)
 * @param answers       the free-text answers, in question order; blank answers are left out
 * @param otherAnswers  answers to questions this version does not know, kept for the version that wrote them
 * @param extras        other unknown fields of the touchpoint object
 */
public record TouchpointDetails(Integer expectedScore, Presence presence, Facing facing, String owner,
                                List<String> actors, Map<TouchpointQuestion, String> answers, Extras otherAnswers,
                                Extras extras) {
    public static final TouchpointDetails EMPTY =
            new TouchpointDetails(null, null, null, "", Map.of(), Extras.NONE, Extras.NONE);

    public TouchpointDetails {
        owner = owner == null ? "" : owner;
        actors = actors == null ? List.of() : List.copyOf(actors);
        answers = inQuestionOrder(answers);
        otherAnswers = otherAnswers == null ? Extras.NONE : otherAnswers;
        extras = extras == null ? Extras.NONE : extras;
    }

    /** Details without actors. */
    public TouchpointDetails(Integer expectedScore, Presence presence, Facing facing, String owner,
                             Map<TouchpointQuestion, String> answers, Extras otherAnswers, Extras extras) {
        this(expectedScore, presence, facing, owner, List.of(), answers, otherAnswers, extras);
    }

    private static Map<TouchpointQuestion, String> inQuestionOrder(Map<TouchpointQuestion, String> answers) {
        if (answers == null || answers.isEmpty()) {
            return Map.of();
        }
        EnumMap<TouchpointQuestion, String> ordered = new EnumMap<>(TouchpointQuestion.class);
        answers.forEach((question, text) -> {
            if (question != null && text != null && !text.isBlank()) {
                ordered.put(question, text);
            }
        });
        return ordered.isEmpty() ? Map.of() : Collections.unmodifiableMap(ordered);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** The answer to one question, or "" when it has none. */
    public String answer(TouchpointQuestion question) {
        return answers.getOrDefault(question, "");
    }

    /** How many of the questions asked of a touchpoint on this channel have no answer yet. */
    public int openQuestions(Channel channel) {
        int open = 0;
        for (TouchpointQuestion question : TouchpointQuestion.values()) {
            if (question.isAskedFor(channel) && !answers.containsKey(question)) {
                open++;
            }
        }
        return open;
    }

    public TouchpointDetails withExpectedScore(Integer v) { return new TouchpointDetails(v, presence, facing, owner, actors, answers, otherAnswers, extras); }
    public TouchpointDetails withPresence(Presence v) { return new TouchpointDetails(expectedScore, v, facing, owner, actors, answers, otherAnswers, extras); }
    public TouchpointDetails withFacing(Facing v) { return new TouchpointDetails(expectedScore, presence, v, owner, actors, answers, otherAnswers, extras); }
    public TouchpointDetails withOwner(String v) { return new TouchpointDetails(expectedScore, presence, facing, v, actors, answers, otherAnswers, extras); }
    public TouchpointDetails withActors(List<String> v) { return new TouchpointDetails(expectedScore, presence, facing, owner, v, answers, otherAnswers, extras); }
    public TouchpointDetails withAnswers(Map<TouchpointQuestion, String> v) { return new TouchpointDetails(expectedScore, presence, facing, owner, actors, v, otherAnswers, extras); }

    /** The same details with one answer set, or cleared when {@code text} is null or blank. */
    public TouchpointDetails withAnswer(TouchpointQuestion question, String text) {
        EnumMap<TouchpointQuestion, String> copy = new EnumMap<>(TouchpointQuestion.class);
        copy.putAll(answers);
        if (text == null || text.isBlank()) {
            copy.remove(question);
        } else {
            copy.put(question, text);
        }
        return withAnswers(copy);
    }
}
