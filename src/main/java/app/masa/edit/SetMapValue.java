package app.masa.edit;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Replaces one of a map's own values (its dot vote, its conversion paths) with a value worked out
 * from the current one, so a command made from a slightly old view still lands on the current
 * document. Undo gives back the value the map held when the command was applied.
 */
final class SetMapValue<T> extends DeltaCommand {
    /** What a command makes of the map's current value: the new value and the label of the change. */
    record Change<T>(T value, Label label) {
    }

    interface Planner<T> {
        /** The change to make, once {@link Checker} found it may be made. */
        Change<T> plan(JourneyMap map, T current);
    }

    interface Checker<T> {
        /** Why the change cannot be made to the map's current value; empty when it can. */
        Optional<Refusal> check(JourneyMap map, T current);

        static <T> Checker<T> always() {
            return (map, current) -> Optional.empty();
        }
    }

    private final String mapId;
    private final Function<JourneyMap, T> get;
    private final BiFunction<JourneyMap, T, JourneyMap> with;
    private final ToLongFunction<T> bytes;
    private final Checker<T> checker;
    private final Planner<T> planner;

    SetMapValue(String mapId, Function<JourneyMap, T> get, BiFunction<JourneyMap, T, JourneyMap> with,
                ToLongFunction<T> bytes, Planner<T> planner) {
        this(mapId, get, with, bytes, Checker.always(), planner);
    }

    SetMapValue(String mapId, Function<JourneyMap, T> get, BiFunction<JourneyMap, T, JourneyMap> with,
                ToLongFunction<T> bytes, Checker<T> checker, Planner<T> planner) {
        this.mapId = Objects.requireNonNull(mapId, "mapId");
        this.get = get;
        this.with = with;
        this.bytes = bytes;
        this.checker = checker;
        this.planner = planner;
    }

    @Override
    public Optional<Refusal> check(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        return checker.check(map, get.apply(map));
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        T current = get.apply(map);
        Change<T> change = planner.plan(map, current);
        if (Objects.equals(change.value(), current)) {
            return new Planned(Label.NONE, Delta.NONE);
        }
        long kept = bytes.applyAsLong(current) + bytes.applyAsLong(change.value());
        return new Planned(change.label(), new MapValueDelta<>(mapId, with, current, change.value(), kept));
    }
}
