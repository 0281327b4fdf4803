package app.masa.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: being written. */
@Command(name = "templates", mixinStandardHelpOptions = true)
final class TemplatesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
