package app.masa.edit;

import static app.masa.edit.EditFixture.MAP;
import static app.masa.edit.EditFixture.card;
import static app.masa.edit.EditFixture.file;
import static app.masa.edit.EditFixture.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import app.masa.model.JourneyFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@InterfaceLanguage("en")
class HistoryTest {
    private final JourneyFile start = file();
    private final History history = new History(start);

    @Test
    void undoAndRedoWalkTheStepsBothWays() {
        history.execute(Edits.moveCards(MAP, List.of("a0"), "s2", "l1", 0));
        JourneyFile moved = history.document();
        history.execute(Edits.deleteStage(MAP, "s1"));
        JourneyFile deleted = history.document();
        assertThat(history.undoLabel()).contains("Delete stage “Awareness”");
        assertThat(history.canRedo()).isFalse();

        history.undo();
        assertThat(history.document()).isEqualTo(moved);
        assertThat(history.redoLabel()).contains("Delete stage “Awareness”");
        history.undo();
        assertThat(history.document()).isEqualTo(start);
        assertThat(history.canUndo()).isFalse();
        history.undo();
        assertThat(history.document()).isEqualTo(start);

        history.redo();
        history.redo();
        assertThat(history.document()).isEqualTo(deleted);
        assertThat(history.undoDepth()).isEqualTo(2);
        assertThat(history.redoDepth()).isZero();
    }

    @Test
    void aNewEditDropsTheRedoSteps() {
        history.execute(Edits.setCardScore(MAP, "a0", 2));
        history.seal();
        history.execute(Edits.setCardScore(MAP, "a1", 2));
        history.undo();
        history.execute(Edits.deleteCards(MAP, List.of("p0")));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoDepth()).isEqualTo(2);
    }

    @Test
    void oneGestureIsOneStepUntilSealed() {
        Card c = card(start, "a2");
        String[] typed = {"C", "Ch", "Che", "Chec"};
        Card before = c;
        for (String title : typed) {
            history.execute(Edits.changeCard(MAP, before, before.withTitle(title)));
            before = before.withTitle(title);
        }
        assertThat(history.undoDepth()).isEqualTo(1);
        history.seal();
        history.execute(Edits.changeCard(MAP, before, before.withTitle("Check")));
        assertThat(history.undoDepth()).isEqualTo(2);

        history.undo();
        assertThat(card(history.document(), "a2").title()).isEqualTo("Chec");
        history.undo();
        assertThat(history.document()).isEqualTo(start);
    }

    @Test
    void undoingBackToTheSavePointMakesTheDocumentClean() {
        assertThat(history.isDirty()).isFalse();
        history.execute(Edits.setCardScore(MAP, "a0", 2));
        assertThat(history.isDirty()).isTrue();
        history.markSaved();
        assertThat(history.isDirty()).isFalse();

        history.execute(Edits.setCardScore(MAP, "a1", 2));
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
        history.redo();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void aTypedTitleDoesNotMergeIntoTheSavedStep() {
        Card c = card(start, "a2");
        history.execute(Edits.changeCard(MAP, c, c.withTitle("A")));
        history.markSaved();
        history.execute(Edits.changeCard(MAP, c.withTitle("A"), c.withTitle("AB")));
        assertThat(history.undoDepth()).isEqualTo(2);
        history.undo();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void anEditAfterUndoingPastTheSavePointLeavesItUnreachable() {
        history.execute(Edits.setCardScore(MAP, "a0", 2));
        history.seal();
        history.execute(Edits.setCardScore(MAP, "a1", 2));
        history.markSaved();
        history.undo();
        history.undo();
        assertThat(history.isDirty()).isTrue();
        history.execute(Edits.deleteCards(MAP, List.of("p0")));
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).as("the start is not what was saved").isTrue();
    }

    @Test
    void theOldestStepsGoWhenTheBudgetIsExceeded() {
        History small = new History(start, 2_500);
        small.execute(sized(Edits.setCardScore(MAP, "a0", 2)));
        small.execute(sized(Edits.setCardScore(MAP, "a1", 2)));
        small.execute(sized(Edits.setCardScore(MAP, "b0", 2)));
        assertThat(small.undoDepth()).isEqualTo(2);
        assertThat(small.heldBytes()).isEqualTo(2_000);
        small.undo();
        small.undo();
        assertThat(card(small.document(), "a0").score()).as("the first step can no longer be undone").isEqualTo(2);
        assertThat(small.isDirty()).as("the saved start is out of reach").isTrue();
    }

    @Test
    void aSavedStepTrimmedFromTheBottomIsWhereUndoStopsClean() {
        History small = new History(start, 2_500);
        small.execute(sized(Edits.setCardScore(MAP, "a0", 2)));
        small.markSaved();
        JourneyFile saved = small.document();
        small.execute(sized(Edits.setCardScore(MAP, "a1", 2)));
        small.execute(sized(Edits.setCardScore(MAP, "b0", 2)));
        assertThat(small.isDirty()).isTrue();
        small.undo();
        small.undo();
        assertThat(small.canUndo()).isFalse();
        assertThat(small.document()).isEqualTo(saved);
        assertThat(small.isDirty()).isFalse();
    }

    /** A real command that claims a round thousand bytes, so budget arithmetic is easy to follow. */
    private static Command sized(Command real) {
        return new Command() {
            @Override
            public String label() {
                return real.label();
            }

            @Override
            public JourneyFile apply(JourneyFile document) {
                return real.apply(document);
            }

            @Override
            public JourneyFile revert(JourneyFile document) {
                return real.revert(document);
            }

            @Override
            public long estimatedBytes() {
                return 1_000;
            }
        };
    }

    @Test
    void listenersHearEveryChangeAndCanBeRemoved() {
        List<Integer> depths = new ArrayList<>();
        java.util.function.Consumer<History> listener = h -> depths.add(h.undoDepth());
        history.addListener(listener);
        history.execute(Edits.setCardScore(MAP, "a0", 2));
        history.undo();
        history.redo();
        history.markSaved();
        history.removeListener(listener);
        history.execute(Edits.setCardScore(MAP, "a0", 1));
        assertThat(depths).containsExactly(1, 0, 1, 1);
    }

    @Test
    void anEditThatChangesNothingIsNotAStep() {
        history.execute(Edits.moveCards(MAP, List.of("a1"), "s1", "l1", 1));
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void aRefusedEditLeavesEverythingAsItWas() {
        History single = new History(JourneyFile.of(map(start)));
        assertThat(single.execute(Edits.deleteMap(MAP))).map(Refusal::key).contains("edit.map.lastMap");
        assertThat(single.canUndo()).isFalse();
        assertThat(single.document().maps()).hasSize(1);
    }

    @Test
    void aRefusalInsideACompoundEditLeavesEverythingAsItWas() {
        History single = new History(JourneyFile.of(map(start)));
        Command both = Edits.compound("two", List.of(Edits.setCardScore(MAP, "a0", 2), Edits.deleteMap(MAP)));

        assertThat(single.execute(both)).map(Refusal::key).contains("edit.map.lastMap");
        assertThat(single.canUndo()).isFalse();
        assertThat(single.document()).isEqualTo(JourneyFile.of(map(start)));
    }

    @Test
    void aRecoveredDocumentIsDirtyUntilSavedWithNothingToUndo() {
        history.resetUnsaved(start);

        assertThat(history.isDirty()).isTrue();
        assertThat(history.canUndo()).isFalse();
        history.markSaved();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void resetStartsCleanOnAnotherDocument() {
        history.execute(Edits.setCardScore(MAP, "a0", 2));
        JourneyFile other = JourneyFile.of(map(start).withId("x"));
        history.reset(other);
        assertThat(history.document()).isSameAs(other);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isDirty()).isFalse();
        assertThat(history.heldBytes()).isZero();
    }
}
