package app.masa.io;

/**
 * One step of the format's history: turns the tree of a file of version {@link #from()} into the
 * shape of version {@code from() + 1}. Steps work on the located tree, so problems in a migrated
 * file still point at the right line.
 */
interface Migration {
    int from();

    /** The root object in the next version's shape (the "version" field is set by the chain). */
    Node migrate(Node root);
}
