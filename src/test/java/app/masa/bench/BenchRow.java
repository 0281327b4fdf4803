package app.masa.bench;

/**
 * One measured figure: what was measured, the value (usually a ratio to a baseline measured in the
 * same run), the target from the issue, and whether the target is met.
 */
public record BenchRow(String area, String measure, String value, String target, boolean met, String note) {
}
