package app.masa.cli;

import app.masa.i18n.Messages;
import picocli.CommandLine;

/** An unexpected failure becomes one plain line on standard error and exit 1, never a stack trace. */
final class PlainErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println(describe(e));
        return 1;
    }

    static String describe(Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Messages.get("cli.error.unexpected", detail);
    }
}
