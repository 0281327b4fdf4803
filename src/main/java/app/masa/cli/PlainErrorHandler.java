package app.masa.cli;

import app.masa.i18n.Messages;
import picocli.CommandLine;

/**
 * A failure becomes one plain line on standard error and exit 1, never a stack trace: a
 * {@link CommandFailure} in its own words, anything unexpected named as such.
 */
final class PlainErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println(e instanceof CommandFailure ? e.getMessage() : describe(e));
        return 1;
    }

    static String describe(Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Messages.get("cli.error.unexpected", detail);
    }
}
