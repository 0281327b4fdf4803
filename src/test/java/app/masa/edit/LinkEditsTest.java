package app.masa.edit;

import static app.masa.edit.EditFixture.applyAndCheck;
import static app.masa.edit.EditFixture.file;
import static app.masa.edit.EditFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyLink;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Linking, relinking and unlinking are one step each; a file saved elsewhere keeps its links leading home. */
@InterfaceLanguage("en")
class LinkEditsTest {
    @Test
    void aCardHasOneLinkThatIsReplacedAndRemovedInOneStepEach() {
        JourneyFile start = file();
        String card = map(start).cards().get(0).id();

        JourneyFile linked = applyAndCheck(LinkEdits.set(EditFixture.MAP, JourneyLink.toMap(card, "m2")), start);
        JourneyFile relinked = applyAndCheck(LinkEdits.set(EditFixture.MAP,
                JourneyLink.toFile(card, "details/sms.journey.json", null)), linked);
        Command remove = LinkEdits.remove(EditFixture.MAP, card);
        JourneyFile unlinked = applyAndCheck(remove, relinked);

        assertThat(map(relinked).links()).containsExactly(JourneyLink.toFile(card, "details/sms.journey.json", null));
        assertThat(map(unlinked).links()).isEmpty();
        assertThat(remove.label()).isEqualTo("Remove the link");
    }

    @Test
    void savedIntoAnotherFolderALinkToAFileStillLeadsToIt() {
        String card = map(file()).cards().get(0).id();
        JourneyFile start = LinkEdits.set(EditFixture.MAP, JourneyLink.toFile(card, "details/sms.journey.json", null))
                .apply(file());
        Path from = Path.of("/work/shop");
        Path to = Path.of("/work/shop/archive/2026");

        JourneyFile moved = applyAndCheck(LinkEdits.rebase(start, from, to), start);

        assertThat(map(moved).links()).extracting(JourneyLink::file).containsExactly("../../details/sms.journey.json");
        assertThat(to.resolve("../../details/sms.journey.json").normalize()).isEqualTo(from.resolve("details/sms.journey.json"));
        assertThat(LinkEdits.rebase(start, from, from)).isNull();
    }
}
