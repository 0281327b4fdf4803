package app.masa.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.JourneyCodec;
import app.masa.model.JourneyFile;
import app.masa.model.sample.MapGenerator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of every kind of edit, on random maps, through the history: undoing them all
 * gives back the very bytes the file had, and redoing them all gives the final document again.
 */
class HistoryProperties {
    @Property(tries = 150)
    void undoAllRestoresTheFileByteForByteAndRedoAllRestoresTheEnd(
            @ForAll long mapSeed, @ForAll @IntRange(min = 1, max = 6) int stages,
            @ForAll @IntRange(min = 2, max = 6) int lanes, @ForAll @IntRange(max = 40) int cards,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
        JourneyFile original = MapGenerator.generate(mapSeed, stages, lanes, cards);
        byte[] originalBytes = JourneyCodec.write(original);
        History history = new History(original);
        RandomEdits edits = RandomEdits.everyKind();
        for (int i = 0; i < steps.size(); i++) {
            SplittableRandom random = randomFor(steps, i);
            history.execute(edits.next(history.document(), random));
            if (random.nextInt(4) != 0) {
                history.seal();
            }
        }
        JourneyFile end = history.document();
        byte[] endBytes = JourneyCodec.write(end);

        while (history.canUndo()) {
            history.undo();
        }
        assertThat(history.document()).isEqualTo(original);
        assertThat(JourneyCodec.write(history.document())).isEqualTo(originalBytes);
        assertThat(history.isDirty()).isFalse();

        while (history.canRedo()) {
            history.redo();
        }
        assertThat(history.document()).isEqualTo(end);
        assertThat(JourneyCodec.write(history.document())).isEqualTo(endBytes);
    }

    @Property(tries = 100)
    void everyStepUndoesToExactlyTheDocumentBeforeIt(
            @ForAll long mapSeed, @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
        JourneyFile doc = MapGenerator.generate(mapSeed, 4, 5, 30);
        RandomEdits edits = RandomEdits.everyKind();
        for (int i = 0; i < steps.size(); i++) {
            Command command = edits.next(doc, randomFor(steps, i));
            JourneyFile after = command.apply(doc);
            assertThat(command.revert(after)).as(command.label()).isEqualTo(doc);
            if (after != doc) {
                assertThat(command.label()).as("a change is named").isNotBlank().doesNotStartWith("edit.");
            }
            doc = after;
        }
    }

    @Example
    void theRandomEditsCoverEveryKindOfCommand() {
        JourneyFile doc = MapGenerator.generate(11, 4, 5, 30);
        RandomEdits edits = RandomEdits.everyKind();
        SplittableRandom random = new SplittableRandom(11);
        Set<Class<?>> kinds = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            Command command = edits.next(doc, random);
            doc = command.apply(doc);
            kinds.add(command.getClass());
        }
        assertThat(kinds).contains(InsertCards.class, MoveCards.class, DeleteCards.class, ChangeCard.class,
                AddElement.class, ChangeElement.class, MoveElement.class, DeleteElements.class, DeleteWithCards.class,
                ChangeMap.class, ChangeMaps.class, CompoundCommand.class);
    }

    /** The same step value at another position is another edit, so new ids never repeat. */
    private static SplittableRandom randomFor(List<Integer> steps, int index) {
        return new SplittableRandom(((long) steps.get(index) << 20) ^ index);
    }
}
