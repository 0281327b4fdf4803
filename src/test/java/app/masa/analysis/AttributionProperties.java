package app.masa.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Whatever the paths, every model hands out exactly the conversions and value there were. */
class AttributionProperties {

    @Property(tries = 300)
    void everyModelConservesConversionsAndValue(@ForAll("paths") List<TouchPath> paths,
                                                @ForAll @DoubleRange(min = 0.1, max = 20) double halfLife) {
        Credit total = Attribution.total(paths);
        for (AttributionModel model : AttributionModel.values()) {
            Map<String, Credit> credit = Attribution.credit(paths, model, halfLife);
            double conversions = credit.values().stream().mapToDouble(Credit::conversions).sum();
            double value = credit.values().stream().mapToDouble(Credit::value).sum();
            assertThat(conversions).as(model.name()).isCloseTo(total.conversions(), within(1e-6 * (1 + total.conversions())));
            assertThat(value).as(model.name()).isCloseTo(total.value(), within(1e-6 * (1 + total.value())));
            assertThat(credit.values()).allSatisfy(c -> assertThat(c.conversions()).isGreaterThanOrEqualTo(0));
        }
    }

    @Property(tries = 200)
    void weightsOfEveryPathAddUpToOne(@ForAll("lengths") int length,
                                      @ForAll @DoubleRange(min = 0.1, max = 20) double halfLife) {
        for (AttributionModel model : AttributionModel.values()) {
            double sum = 0;
            for (double w : model.weights(length, halfLife)) {
                sum += w;
            }
            assertThat(sum).as(model.name() + " over " + length).isCloseTo(1.0, within(1e-12));
        }
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(1, 40);
    }

    @Provide
    Arbitrary<List<TouchPath>> paths() {
        Arbitrary<List<String>> steps = Arbitraries.of("ad", "search", "chat", "store", "sms").list().ofMaxSize(8);
        Arbitrary<Long> conversions = Arbitraries.longs().between(0, 100_000);
        Arbitrary<Double> value = Arbitraries.doubles().between(0, 1_000_000);
        return Combinators.combine(steps, conversions, value).as(TouchPath::new).list().ofMaxSize(12);
    }
}
