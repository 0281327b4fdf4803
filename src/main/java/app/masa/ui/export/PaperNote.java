package app.masa.ui.export;

import app.masa.export.ExportOptions;
import app.masa.export.PageSize;
import app.masa.export.ReadablePage;
import app.masa.i18n.Messages;

/**
 * The line under the Export dialog's preview that says how large card text prints on paper: which
 * paper Masa chose so that it reads, the size on the paper the person chose, or a warning with the
 * way out when that is too small to read.
 */
final class PaperNote {
    private PaperNote() {
    }

    static String of(ReadablePage.Choice paper, boolean readablePaper) {
        String points = String.format(Messages.locale(), "%.1f", paper.cardTextPoints());
        String plan = plan(paper.options());
        if (readablePaper) {
            return Messages.get("export.paper.chosen", plan, points);
        }
        return Messages.get(paper.tooSmall() ? "export.paper.tooSmall" : "export.paper.size", points, plan);
    }

    /** "A3", "full-size tiles on A3", "one page the size of the map". */
    private static String plan(ExportOptions options) {
        if (options.page() == PageSize.FIT) {
            return Messages.get("export.paper.fit");
        }
        return options.tiles() ? Messages.get("cli.export.plan.tiles", options.page().label()) : options.page().label();
    }
}
