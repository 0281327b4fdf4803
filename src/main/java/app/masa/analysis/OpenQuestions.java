package app.masa.analysis;

import app.masa.model.Card;
import app.masa.model.TouchpointQuestion;
import java.util.List;

/** A touchpoint with the guided questions nobody has answered yet. */
public record OpenQuestions(Card card, List<TouchpointQuestion> questions) {
    public OpenQuestions {
        questions = List.copyOf(questions);
    }
}
