package app.masa.bench;

import java.util.List;

/** A group of measurements for {@link BenchmarkMain}. */
public interface BenchSuite {
    String title();

    List<BenchRow> run() throws Exception;
}
