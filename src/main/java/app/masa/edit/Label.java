package app.masa.edit;

import app.masa.i18n.Messages;

/**
 * A history label, worded only when it is shown: most labels never are, the interface language
 * may change meanwhile, and wording one costs more than many an edit.
 *
 * @param key   the bundle key, or null for no label
 * @param title the element's title for "Move card “Checkout”", or null for a label without one
 * @param count how many elements; above one the label is "Move 3 cards" (key {@code key.many})
 */
record Label(String key, String title, int count) {
    static final Label NONE = new Label(null, null, 0);

    /** Long titles are cut so that "Undo …" still fits in a menu. */
    private static final int MAX_TITLE = 40;

    /** "Move card “Checkout”"; for an element without a title the key {@code key.untitled} ("Move card"). */
    static Label titled(String key, String title) {
        return new Label(key, title == null ? "" : title, 1);
    }

    /** "Move card “Checkout”" for one element, "Move 3 cards" for several. */
    static Label counted(String key, int count, String firstTitle) {
        return new Label(key, firstTitle == null ? "" : firstTitle, count);
    }

    /** A label that names nothing: "Add connection", or "Delete 3 connections" for several. */
    static Label plain(String key, int count) {
        return new Label(key, null, count);
    }

    String text() {
        if (key == null) {
            return "";
        }
        if (count > 1) {
            return Messages.get(key + ".many", count);
        }
        if (title == null) {
            return Messages.get(key);
        }
        String shown = title.strip();
        if (shown.isEmpty()) {
            return Messages.get(key + ".untitled");
        }
        if (shown.length() > MAX_TITLE) {
            shown = shown.substring(0, MAX_TITLE - 1).strip() + "…";
        }
        return Messages.get(key, shown);
    }

    long estimatedBytes() {
        return 32 + (title == null ? 0 : 2L * title.length());
    }
}
