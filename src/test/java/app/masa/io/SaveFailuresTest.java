package app.masa.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Why writing failed, in the words people use, whatever the system called it. */
class SaveFailuresTest {

    @Test
    @InterfaceLanguage("en")
    void theCommonFailuresAreNamedPlainlyAndOthersKeepTheSystemsWords() {
        String path = "/home/dana/.local/share/masa/recovery/x.tmp";

        assertThat(SaveFailures.reason(new AccessDeniedException(path))).isEqualTo(Messages.get("io.reason.denied"));
        assertThat(SaveFailures.reason(new NoSuchFileException(path))).isEqualTo(Messages.get("io.reason.noFolder"));
        assertThat(SaveFailures.reason(new FileSystemException(path, null, "No space left on device")))
                .isEqualTo(Messages.get("io.reason.diskFull"));
        assertThat(SaveFailures.reason(new FileSystemException(path, null, "Read-only file system")))
                .isEqualTo(Messages.get("io.reason.readOnly"));
        assertThat(SaveFailures.reason(new FileSystemException(path, null, "Input/output error")))
                .isEqualTo("Input/output error.");
        assertThat(SaveFailures.reason(new IOException())).isEqualTo("IOException.");
    }
}
