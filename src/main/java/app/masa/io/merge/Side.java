package app.masa.io.merge;

/** Which of the two merged versions did something. */
public enum Side {
    OURS, THEIRS;

    Side other() {
        return this == OURS ? THEIRS : OURS;
    }
}
