package app.masa.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdoptedListTest {
    @Test
    void readsAsTheListOfItsElementsAndCannotBeChanged() {
        List<String> list = AdoptedList.adopt(new Object[] {"a", "b", "c"});

        assertThat(list).containsExactly("a", "b", "c").isEqualTo(List.of("a", "b", "c"));
        assertThat(list.hashCode()).isEqualTo(List.of("a", "b", "c").hashCode());
        assertThatThrownBy(() -> list.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void itsArrayCopyIsTheCallersToChange() {
        List<String> list = AdoptedList.adopt(new Object[] {"a", "b"});
        Object[] copy = list.toArray();
        copy[0] = "x";

        assertThat(list).containsExactly("a", "b");
    }

    @Test
    void theModelKeepsAnAdoptedListAndCopiesAnyOtherThatCanChange() {
        List<String> adopted = AdoptedList.adopt(new Object[] {"a"});
        List<String> changeable = new ArrayList<>(List.of("a"));

        assertThat(AdoptedList.copyOf(adopted)).isSameAs(adopted);
        assertThat(AdoptedList.copyOf(changeable)).isNotSameAs(changeable).isEqualTo(changeable);
        assertThat(AdoptedList.isUnmodifiable(adopted)).isTrue();
        assertThat(AdoptedList.isUnmodifiable(List.of("a"))).isTrue();
        assertThat(AdoptedList.isUnmodifiable(changeable)).isFalse();
    }
}
