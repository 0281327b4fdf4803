package app.masa.io;

/**
 * Where a value sits in the document, as {@code maps[0].cards[3].stage}. Built as a chain and
 * turned into text only when a problem is reported, so reading a large valid file costs nothing.
 */
final class JsonPointer {
    static final JsonPointer ROOT = new JsonPointer(null, null, -1);

    private final JsonPointer parent;
    private final String name;
    private final int index;

    private JsonPointer(JsonPointer parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    JsonPointer field(String fieldName) {
        return new JsonPointer(this, fieldName, -1);
    }

    JsonPointer index(int i) {
        return new JsonPointer(this, null, i);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        String head = parent.toString();
        if (name == null) {
            return head + "[" + index + "]";
        }
        return head.isEmpty() ? name : head + "." + name;
    }
}
