package app.masa.bench;

import java.util.List;

/** Every suite the harness runs, in this order, each in a JVM of its own. Add one line per suite. */
final class Suites {
    private Suites() {
    }

    static List<Class<? extends BenchSuite>> all() {
        return List.of(
                IoSuite.class,
                MergeSuite.class,
                EditSuite.class,
                LayoutSuite.class,
                ExportSuite.class,
                ColdExportSuite.class,
                StartupSuite.class,
                ScaleSuite.class,
                CanvasSuite.class,
                PictureCanvasSuite.class,
                RoomSuite.class,
                app.masa.ui.workshop.RoomFramesSuite.class
        );
    }
}
