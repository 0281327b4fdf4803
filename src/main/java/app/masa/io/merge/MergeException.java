package app.masa.io.merge;

/** The merge cannot be made, for a reason put into words for a person (which file, what is wrong); nothing was written. */
public final class MergeException extends Exception {
    private static final long serialVersionUID = 1L;

    public MergeException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
