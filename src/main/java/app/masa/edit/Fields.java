package app.masa.edit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Which fields of a record an edit changed: the label names that field, and only like edits merge. */
final class Fields {
    /** The field name an edit of several fields at once gets. */
    static final String SEVERAL = "*";

    private Fields() {
    }

    static List<String> changed(Record before, Record after, Set<String> ignored) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (!ignored.contains(component.getName())
                    && !Objects.equals(value(component, before), value(component, after))) {
                names.add(component.getName());
            }
        }
        return names;
    }

    /** The one field that changed, or {@link #SEVERAL} when none or more than one did. */
    static String single(Record before, Record after, Set<String> ignored) {
        List<String> names = changed(before, after, ignored);
        return names.size() == 1 ? names.get(0) : SEVERAL;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
