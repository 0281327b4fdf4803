package app.masa.cli;

import app.masa.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/** One run of the command line with its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** Runs in English unless the arguments say otherwise, and restores the interface language after. */
    static CliRun of(String... args) {
        Locale before = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = MasaCommand.run(file -> {
                throw new AssertionError("the designer must not open");
            }, new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new CliRun(code, out.toString(), err.toString());
        } finally {
            Messages.setLocale(before);
        }
    }
}
