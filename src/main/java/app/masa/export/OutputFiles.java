package app.masa.export;

import java.nio.file.Path;

/** Names the extra files when several maps go to a one-picture-per-file format: plan.png, plan-2.png… */
final class OutputFiles {
    private OutputFiles() {
    }

    static Path numbered(Path target, int index) {
        if (index == 0) {
            return target;
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot < 0 ? name + "-" + (index + 1) : name.substring(0, dot) + "-" + (index + 1) + name.substring(dot);
        return target.resolveSibling(numbered);
    }
}
