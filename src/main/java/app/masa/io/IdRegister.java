package app.masa.io;

import app.masa.i18n.Messages;
import java.util.HashMap;
import java.util.Map;

/** The ids of one kind in one map, so a repeated id is reported with the line of its first use. */
final class IdRegister {
    private final String kindKey;
    private final Map<String, Integer> firstLine = new HashMap<>();

    /** @param kindKey bundle key of the plural noun ("the cards") used in the message */
    IdRegister(String kindKey) {
        this.kindKey = kindKey;
    }

    /** Registers the id of {@code fields}; returns false (after a problem) when it is taken. */
    boolean register(String id, Fields fields) {
        Integer earlier = firstLine.putIfAbsent(id, fields.value("id").line());
        if (earlier != null) {
            fields.problemAt("id", "validate.duplicateId", id, Messages.get(kindKey), earlier);
            return false;
        }
        return true;
    }

    boolean contains(String id) {
        return firstLine.containsKey(id);
    }
}
