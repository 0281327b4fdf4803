package app.masa.io.merge;

/** Which of the two merged versions did something. */
enum Side {
    OURS, THEIRS
}
