package app.masa.model;

/** What a card stands for; touchpoints carry the emotion score the curve is drawn through. */
public enum CardType {
    TOUCHPOINT,
    ACTION,
    THOUGHT,
    PAIN_POINT,
    OPPORTUNITY,
    NOTE
}
