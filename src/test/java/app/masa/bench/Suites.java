package app.masa.bench;

import java.util.List;
import java.util.function.Supplier;

/** Every suite the harness runs, in this order. Add one line per suite. */
final class Suites {
    private Suites() {
    }

    static List<Supplier<BenchSuite>> all() {
        return List.of(
                IoSuite::new,
                EditSuite::new,
                LayoutSuite::new,
                ExportSuite::new,
                StartupSuite::new,
                ScaleSuite::new,
                CanvasSuite::new
        );
    }
}
