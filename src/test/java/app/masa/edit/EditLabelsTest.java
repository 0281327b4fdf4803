package app.masa.edit;

import static app.masa.edit.EditFixture.MAP;
import static app.masa.edit.EditFixture.file;
import static app.masa.edit.EditFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.JourneyFile;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Labels speak the interface language, name untitled things plainly and stay short. */
@InterfaceLanguage("en")
class EditLabelsTest {
    @Test
    @InterfaceLanguage("he")
    void hebrewLabelsUseHebrewQuotationMarks() {
        JourneyFile start = file();
        JourneyFile renamed = Edits.changeCard(MAP, card(start), card(start).withTitle("תשלום")).apply(start);
        Command move = Edits.moveCards(MAP, List.of("a2"), "s2", "l1", 0);
        move.apply(renamed);
        assertThat(move.label()).isEqualTo("העברת הכרטיס „תשלום”");
        Command many = Edits.moveCards(MAP, List.of("a0", "a1", "a2"), "s2", "l1", 0);
        many.apply(renamed);
        assertThat(many.label()).isEqualTo("העברת 3 כרטיסים");
        Command delete = Edits.deleteStage(MAP, "s2");
        delete.apply(start);
        assertThat(delete.label()).isEqualTo("מחיקת השלב „Purchase”");
    }

    @Test
    void untitledCardsAndLongTitlesReadWell() {
        JourneyFile start = file();
        JourneyFile blank = Edits.changeCard(MAP, card(start), card(start).withTitle("  ")).apply(start);
        Command move = Edits.moveCards(MAP, List.of("a2"), "s2", "l1", 0);
        move.apply(blank);
        assertThat(move.label()).isEqualTo("Move card");

        String longTitle = "A very long title that somebody pasted from a research report";
        JourneyFile longer = Edits.changeCard(MAP, card(start), card(start).withTitle(longTitle)).apply(start);
        Command again = Edits.moveCards(MAP, List.of("a2"), "s2", "l1", 0);
        again.apply(longer);
        assertThat(again.label()).startsWith("Move card “A very long").endsWith("…”").hasSizeLessThan(60);
    }

    @Test
    void aLabelIsWordedInTheLanguageOfTheMomentItIsShown() {
        Command delete = Edits.deleteStage(MAP, "s2");
        delete.apply(file());
        assertThat(delete.label()).isEqualTo("Delete stage “Purchase”");
        Messages.setLocale(Locale.forLanguageTag("he"));
        assertThat(delete.label()).isEqualTo("מחיקת השלב „Purchase”");
    }

    @Test
    void everyEditKeyIsInBothLanguages() {
        List<String> english = Messages.bundle(Locale.ENGLISH).keySet().stream().filter(k -> k.startsWith("edit.")).toList();
        List<String> hebrew = Messages.bundle(Locale.forLanguageTag("he")).keySet().stream()
                .filter(k -> k.startsWith("edit.")).toList();
        assertThat(english).hasSizeGreaterThan(50).containsExactlyInAnyOrderElementsOf(hebrew);
    }

    private static Card card(JourneyFile file) {
        return map(file).card("a2").orElseThrow();
    }
}
