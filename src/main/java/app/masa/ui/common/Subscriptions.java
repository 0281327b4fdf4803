package app.masa.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.collections.ObservableSet;

/**
 * The listeners one generation of views put on the long-lived session. When the interface is
 * rebuilt (a new language), the old views call {@link #dispose()} so they stop listening instead
 * of lingering until the session dies.
 */
public final class Subscriptions {
    private final List<Runnable> removers = new ArrayList<>();

    public <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removers.add(() -> value.removeListener(listener));
    }

    public void onInvalidate(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        removers.add(() -> value.removeListener(listener));
    }

    public <T> void onSetChange(ObservableSet<T> set, SetChangeListener<? super T> listener) {
        set.addListener(listener);
        removers.add(() -> set.removeListener(listener));
    }

    /** Runs {@code action} whenever any of {@code values} changes. */
    public void whenever(Runnable action, Observable... values) {
        InvalidationListener listener = o -> action.run();
        for (Observable value : values) {
            onInvalidate(value, listener);
        }
    }

    /** Runs {@code action} now and whenever any of {@code values} changes. */
    public void always(Runnable action, Observable... values) {
        whenever(action, values);
        action.run();
    }

    public void dispose() {
        removers.forEach(Runnable::run);
        removers.clear();
    }
}
