package app.masa.io.pictures;

import app.masa.i18n.Messages;

/** Why a picture cannot be taken in: a message key whose first argument is the file's name. */
final class PictureException extends Exception {
    private final String key;
    private final transient Object[] args;

    PictureException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    String sentence(String name) {
        Object[] all = new Object[args.length + 1];
        all[0] = name;
        System.arraycopy(args, 0, all, 1, args.length);
        return Messages.get(key, all);
    }
}
