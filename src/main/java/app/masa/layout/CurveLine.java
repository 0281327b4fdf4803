package app.masa.layout;

/** The kinds of line an emotion lane draws, each with its own stroke and its own legend entry. */
public enum CurveLine {
    /** What the customer went through: the solid curve. */
    EXPERIENCED,
    /** What the customer expected: the dashed curve. */
    EXPECTED,
    /** Another way the journey goes at a branch: a thinner solid curve. */
    BRANCH
}
