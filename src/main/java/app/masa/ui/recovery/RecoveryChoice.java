package app.masa.ui.recovery;

import app.masa.io.recovery.RecoveryEntry;
import java.util.List;

/** What the user decided about the copies offered: recover some, delete some, keep the rest for later. */
public record RecoveryChoice(List<RecoveryEntry> recover, List<RecoveryEntry> discard) {
    public RecoveryChoice {
        recover = List.copyOf(recover);
        discard = List.copyOf(discard);
    }

    /** Nothing decided: every copy is offered again at the next start. */
    public static RecoveryChoice later() {
        return new RecoveryChoice(List.of(), List.of());
    }
}
