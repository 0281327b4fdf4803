package app.masa.edit;

import static app.masa.edit.EditFixture.applyAndCheck;
import static app.masa.edit.EditFixture.file;
import static app.masa.edit.EditFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Comment;
import app.masa.model.CommentThread;
import app.masa.model.JourneyFile;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A card, stage or lane has one thread; every gesture on it is one named step that undoes. */
@InterfaceLanguage("en")
class CommentEditsTest {
    private static final Instant NOW = Instant.parse("2026-12-05T07:00:00Z");

    @Test
    void aRemarkStartsTheThingsThreadAndTheNextJoinsIt() {
        JourneyFile start = file();
        String card = map(start).cards().get(0).id();
        Command first = CommentEdits.comment(EditFixture.MAP, card, "Dana", NOW, "Is the price shown here?");

        JourneyFile one = applyAndCheck(first, start);
        JourneyFile two = applyAndCheck(CommentEdits.comment(EditFixture.MAP, card, "Noa", NOW, "כן, בעמוד הסל"), one);

        assertThat(first.label()).isEqualTo("Comment");
        assertThat(map(two).comments()).singleElement().satisfies(thread -> {
            assertThat(thread.target()).isEqualTo(card);
            assertThat(thread.resolved()).isFalse();
            assertThat(thread.comments()).extracting(Comment::author).containsExactly("Dana", "Noa");
            assertThat(thread.comments()).extracting(Comment::text).containsExactly("Is the price shown here?",
                    "כן, בעמוד הסל");
            assertThat(thread.comments().get(0).id()).isNotEqualTo(thread.comments().get(1).id());
        });
        assertThat(first.revert(one)).isEqualTo(start);
    }

    @Test
    void resolvingSettlesTheThreadAndANewRemarkOpensItAgain() {
        JourneyFile start = file();
        String stage = map(start).stages().get(0).id();
        JourneyFile asked = applyAndCheck(CommentEdits.comment(EditFixture.MAP, stage, "Dana", NOW, "Rename?"), start);
        String thread = map(asked).comments().get(0).id();

        Command resolve = CommentEdits.resolve(EditFixture.MAP, thread, true);
        JourneyFile resolved = applyAndCheck(resolve, asked);
        JourneyFile again = applyAndCheck(CommentEdits.comment(EditFixture.MAP, stage, "Noa", NOW, "One more"), resolved);

        assertThat(resolve.label()).isEqualTo("Resolve the comments");
        assertThat(map(resolved).comments().get(0).resolved()).isTrue();
        assertThat(map(again).comments().get(0).resolved()).isFalse();
        assertThat(resolve.revert(resolved)).isEqualTo(asked);
    }

    @Test
    void editingAndDeletingARemarkAndTheLastOneTakesTheThread() {
        JourneyFile start = file();
        String lane = map(start).lanes().get(0).id();
        JourneyFile asked = applyAndCheck(CommentEdits.comment(EditFixture.MAP, lane, "", null, "Typo"), start);
        CommentThread thread = map(asked).comments().get(0);
        String remark = thread.comments().get(0).id();

        JourneyFile edited = applyAndCheck(CommentEdits.editText(EditFixture.MAP, thread.id(), remark, "Fixed"), asked);
        Command delete = CommentEdits.delete(EditFixture.MAP, thread.id(), remark);
        JourneyFile gone = applyAndCheck(delete, edited);

        assertThat(map(edited).comments().get(0).comments().get(0).text()).isEqualTo("Fixed");
        assertThat(map(gone).comments()).isEmpty();
        assertThat(delete.revert(gone)).isEqualTo(edited);
    }
}
