package app.masa.io;

import java.util.List;

/**
 * Brings a file of any older, supported version up to the current one, one step at a time.
 * Version 1 is the first published format, so the standard chain has no steps yet; the next
 * change to the format adds a step from 1 to 2 here and raises {@link JourneyCodec#VERSION}.
 */
final class MigrationChain {
    private final int current;
    private final List<Migration> steps;

    MigrationChain(int current, List<Migration> steps) {
        this.current = current;
        this.steps = List.copyOf(steps);
        for (int i = 0; i < this.steps.size(); i++) {
            if (this.steps.get(i).from() != oldest() + i) {
                throw new IllegalArgumentException("migration steps must run without gaps up to version " + current);
            }
        }
    }

    static MigrationChain standard() {
        return new MigrationChain(JourneyCodec.VERSION, List.of());
    }

    int current() {
        return current;
    }

    /** The oldest version this chain can still read. */
    int oldest() {
        return current - steps.size();
    }

    boolean canRead(long version) {
        return version >= oldest() && version <= current;
    }

    /** The root migrated from {@code version} to the current version. */
    Node upgrade(Node root, int version) {
        Node result = root;
        for (int v = version; v < current; v++) {
            result = steps.get(v - oldest()).migrate(result);
        }
        return result.with("version", Node.integer(current));
    }
}
