package app.masa.ui.links;

import app.masa.model.JourneyLink;
import java.nio.file.Path;

/** Where a link to another file leads on this computer, and how such a link is written. */
final class LinkPaths {
    private LinkPaths() {
    }

    /** The target as a path from the open file's folder, with forward slashes on every system. */
    static String relative(Path here, Path target) {
        Path folder = here.toAbsolutePath().getParent();
        return folder.relativize(target.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The file a link leads to, or null while the open document has no file to start from. */
    static Path resolve(Path here, JourneyLink link) {
        if (here == null || link.inThisFile()) {
            return null;
        }
        return here.toAbsolutePath().getParent().resolve(link.file()).normalize();
    }
}
