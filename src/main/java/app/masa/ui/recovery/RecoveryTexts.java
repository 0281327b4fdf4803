package app.masa.ui.recovery;

import app.masa.i18n.DirectionMarks;
import app.masa.i18n.Messages;
import app.masa.io.recovery.RecoveryEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How a recovery copy is described to the user, in the interface language. */
final class RecoveryTexts {
    private RecoveryTexts() {
    }

    static String titles(RecoveryEntry entry) {
        String joined = String.join(Messages.get("recovery.item.titleSeparator"),
                entry.titles().stream().map(t -> t.isBlank() ? Messages.get("ui.untitled") : t).toList());
        return joined.isEmpty() ? Messages.get("ui.untitled") : joined;
    }

    static String when(RecoveryEntry entry) {
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.locale()).withZone(ZoneId.systemDefault()).format(entry.savedAt());
        return Messages.get("recovery.item.saved", time);
    }

    static String counts(RecoveryEntry entry) {
        return Messages.get("recovery.item.counts", entry.titles().size(), entry.cards());
    }

    static String file(RecoveryEntry entry) {
        return entry.originalFile().map(p -> Messages.get("recovery.item.file",
                DirectionMarks.path(p.toString())))
                .orElse(Messages.get("recovery.item.neverSaved"));
    }
}
