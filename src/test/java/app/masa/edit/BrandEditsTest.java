package app.masa.edit;

import static app.masa.edit.EditFixture.applyAndCheck;
import static app.masa.edit.EditFixture.file;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Brand;
import app.masa.model.CardType;
import app.masa.model.JourneyFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The file's brand changes as one step each, named in Undo, and undoes to what it was. */
@InterfaceLanguage("en")
class BrandEditsTest {
    @Test
    void aBrandChangeIsOneNamedStepThatUndoes() {
        JourneyFile start = file();
        Brand colours = Brand.NONE.withStageColors(List.of("#112233")).withTypeColor(CardType.NOTE, "#445566");
        Command change = Edits.changeBrand(colours, "edit.brand.colors");

        JourneyFile after = applyAndCheck(change, start);

        assertThat(after.brand()).isEqualTo(colours);
        assertThat(after.maps()).isEqualTo(start.maps());
        assertThat(change.label()).isEqualTo("Change brand colours");
        assertThat(change.revert(after).brand()).isEqualTo(Brand.NONE);
    }

    @Test
    void settingTheBrandItAlreadyHasChangesNothing() {
        JourneyFile start = file().withBrand(Brand.NONE.withLogo("data:image/png;base64,AAAA"));
        Command same = Edits.changeBrand(start.brand(), "edit.brand.logo");

        assertThat(same.apply(start)).isEqualTo(start);
        assertThat(same.label()).isEmpty();
    }

    @Test
    void theMapsKeepTheBrandWhenTheyChange() {
        JourneyFile branded = file().withBrand(Brand.NONE.withStageColors(List.of("#112233")));
        JourneyFile renamed = Edits.renameMap(branded.maps().get(0), "Another").apply(branded);

        assertThat(renamed.brand()).isEqualTo(branded.brand());
    }
}
