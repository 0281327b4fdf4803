package app.masa.cli;

import app.masa.i18n.Messages;
import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code masa templates}: the blank map and the built-in templates as a table of id, title and languages. */
@Command(name = "templates", mixinStandardHelpOptions = true)
final class TemplatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<TemplateInfo> templates = TemplateCatalog.builtIn().offered();
        if (templates.isEmpty()) {
            spec.commandLine().getErr().println(Messages.get("io.template.none"));
            return 1;
        }
        String language = Messages.locale().getLanguage();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Messages.get("cli.templates.id"), Messages.get("cli.templates.title"),
                Messages.get("cli.templates.languages")});
        for (TemplateInfo t : templates) {
            rows.add(new String[] {t.id(), t.title(language), String.join(", ", t.languages())});
        }
        TextTable.print(rows, out);
        out.flush();
        return 0;
    }
}
