package app.masa.ui.export;

import app.masa.export.PageSize;
import app.masa.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Export dialog's choice of paper: a size the person picked, or {@link #READABLE}, the first of
 * A4, A3 and tiles on A3 that prints card text large enough to read (decision 0014).
 *
 * @param size the paper, or null when Masa chooses it
 */
record Paper(PageSize size) {
    static final Paper READABLE = new Paper(null);

    static List<Paper> choices() {
        List<Paper> all = new ArrayList<>();
        all.add(READABLE);
        for (PageSize size : PageSize.values()) {
            all.add(new Paper(size));
        }
        return all;
    }

    boolean readable() {
        return size == null;
    }

    String label() {
        return readable() ? Messages.get("dialog.export.page.readable")
                : Messages.get("dialog.export.page." + size.name().toLowerCase(Locale.ROOT));
    }
}
