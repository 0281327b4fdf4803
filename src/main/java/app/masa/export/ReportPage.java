package app.masa.export;

import app.masa.layout.Surface;
import java.util.List;
import java.util.function.Consumer;

/**
 * One printed page of the insights report, already laid out: the marks to paint in order, in page
 * points with y pointing down, so the same page can go to any {@link Surface}.
 */
record ReportPage(List<Consumer<Surface>> marks) {
    ReportPage {
        marks = List.copyOf(marks);
    }

    void paint(Surface surface) {
        marks.forEach(mark -> mark.accept(surface));
    }
}
