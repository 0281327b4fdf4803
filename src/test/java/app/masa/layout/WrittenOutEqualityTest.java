package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Brand;
import app.masa.model.TitleTypeface;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The records whose equality is written out by hand compare every component: a component added
 * later and left out of equals would make a changed option or colour look unchanged.
 */
class WrittenOutEqualityTest {
    /** Two different values for each component type these records have. */
    private static final Map<Class<?>, List<Object>> VALUES = Map.of(
            boolean.class, List.of(false, true),
            int.class, List.of(10, 20),
            Theme.class, List.of(Theme.LIGHT, Theme.DARK),
            Set.class, List.of(Set.of(), Set.of("stage-1")),
            LocalDate.class, List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6)),
            Brand.class, List.of(Brand.NONE, Brand.NONE.withTitleTypeface(TitleTypeface.values()[TitleTypeface.values().length - 1])
                    .withLogo(null).withStageColors(List.of("#123456"))));

    @Test
    void layoutOptionsDifferWhenAnyComponentDiffers() throws Exception {
        everyComponentCounts(LayoutOptions.class);
    }

    @Test
    void coloursDifferWhenAnyChannelDiffers() throws Exception {
        everyComponentCounts(Rgba.class);
    }

    private static void everyComponentCounts(Class<? extends Record> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Object[] base = Arrays.stream(components).map(c -> VALUES.get(c.getType()).get(0)).toArray();
        Object first = canonical.newInstance(base);
        Object same = canonical.newInstance(base.clone());
        assertThat(first).isEqualTo(same).hasSameHashCodeAs(same);
        for (int i = 0; i < components.length; i++) {
            Object[] changed = base.clone();
            changed[i] = VALUES.get(components[i].getType()).get(1);
            assertThat(canonical.newInstance(changed)).as(components[i].getName()).isNotEqualTo(first);
        }
    }
}
