package app.masa.bench;

/**
 * Runs one suite in a JVM of its own and prints its title and rows for {@link BenchmarkMain} to
 * read. A fresh JVM per suite, as benchmark harnesses fork per benchmark: the heap one suite grew
 * and the code paths it taught the compiler would otherwise weigh on the suites after it.
 */
final class SuiteFork {
    static final String TITLE = "bench-title\t";
    static final String ROW = "bench-row\t";

    private SuiteFork() {
    }

    public static void main(String[] args) throws Exception {
        BenchSuite suite = Class.forName(args[0]).asSubclass(BenchSuite.class).getDeclaredConstructor().newInstance();
        System.out.println(TITLE + suite.title());
        for (BenchRow row : suite.run()) {
            System.out.println(ROW + String.join("\t", row.area(), row.measure(), row.value(), row.target(),
                    Boolean.toString(row.met()), row.note() == null ? "" : row.note()));
        }
        // The JavaFX toolkit some suites start would keep this JVM running.
        System.exit(0);
    }

    /** The row a {@link #ROW} line carries. */
    static BenchRow parse(String line) {
        String[] f = line.substring(ROW.length()).split("\t", -1);
        return new BenchRow(f[0], f[1], f[2], f[3], Boolean.parseBoolean(f[4]), f[5].isEmpty() ? null : f[5]);
    }
}
