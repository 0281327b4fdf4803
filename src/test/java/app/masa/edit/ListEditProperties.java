package app.masa.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The list change every command is built from: it does what a plain list would, and undoes it exactly. */
class ListEditProperties {
    @Property(tries = 300)
    void applyMatchesAPlainListAndRevertGivesTheListBack(@ForAll @IntRange(max = 30) int size,
                                                         @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> original = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            original.add("e" + i);
        }
        ListEdit.Builder<String> builder = ListEdit.builder();
        // The expected result, worked out the slow way: replace, remove, then insert at final positions.
        List<String> expected = new ArrayList<>(original);
        List<Integer> removed = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int roll = random.nextInt(4);
            if (roll == 0) {
                builder.replace(i, original.get(i), "r" + i);
                expected.set(i, "r" + i);
            } else if (roll == 1) {
                builder.remove(i, original.get(i));
                removed.add(i);
            }
        }
        for (int i = removed.size() - 1; i >= 0; i--) {
            expected.remove((int) removed.get(i));
        }
        int inserts = random.nextInt(4);
        int next = 0;
        for (int i = 0; i < inserts; i++) {
            // Final positions ascend, so each insertion lands after the ones before it.
            int at = next + random.nextInt(expected.size() + 1 - next);
            expected.add(at, "n" + i);
            builder.insert(at, "n" + i);
            next = at + 1;
        }
        ListEdit<String> edit = builder.build();

        List<String> changed = edit.apply(List.copyOf(original));
        assertThat(changed).isEqualTo(expected);
        assertThat(edit.revert(changed)).isEqualTo(original);
    }
}
