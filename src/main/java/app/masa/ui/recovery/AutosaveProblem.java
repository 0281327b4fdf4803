package app.masa.ui.recovery;

import app.masa.i18n.Messages;
import app.masa.io.SaveFailures;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Why a window's unsaved changes have no recovery copy: the folder the copies go to and what the
 * system said. Kept rather than the sentence, so that it reads right after a change of language.
 */
public record AutosaveProblem(Path folder, IOException reason) {
    /** One plain sentence naming the folder and the reason, in the current language. */
    public String sentence() {
        return Messages.get("recovery.autosave.failed", folder.toAbsolutePath(), SaveFailures.reason(reason));
    }
}
