package app.masa.cli;

/**
 * A command cannot go on, for a reason already put into words for a person: the sentence goes to
 * standard error as it is, and the command exits 1.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailure(String sentence) {
        super(sentence, null, false, false);
    }
}
