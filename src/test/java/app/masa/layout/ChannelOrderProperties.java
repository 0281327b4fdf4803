package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** A skipping arrow tries its channel heights shortest way first, equal ways in their order. */
class ChannelOrderProperties {
    @Property(tries = 500)
    void theOrderIsAStableSortByWay(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 12) Integer> quarters) {
        // Few distinct values, so most ways tie, as every height between an arrow's ends does.
        double[] ways = quarters.stream().mapToDouble(q -> q / 4.0).toArray();

        int[] stable = IntStream.range(0, ways.length).boxed()
                .sorted(Comparator.comparingDouble(i -> ways[i])).mapToInt(Integer::intValue).toArray();

        ShortestFirst order = new ShortestFirst(ways, ways.length);
        int[] handed = new int[ways.length];
        for (int k = 0; k < handed.length; k++) {
            assertThat(order.hasNext()).isTrue();
            handed[k] = order.next();
        }

        assertThat(handed).containsExactly(stable);
        assertThat(order.hasNext()).isFalse();
    }
}
