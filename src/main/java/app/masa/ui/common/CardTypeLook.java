package app.masa.ui.common;

import app.masa.i18n.Messages;
import app.masa.model.CardType;
import app.masa.model.Kebab;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** How the shell names and draws a card type: an icon and a word in the interface language. */
public final class CardTypeLook {
    private CardTypeLook() {
    }

    public static Ikon icon(CardType type) {
        return switch (type) {
            case TOUCHPOINT -> MaterialDesignG.GESTURE_TAP;
            case ACTION -> MaterialDesignR.RUN;
            case THOUGHT -> MaterialDesignT.THOUGHT_BUBBLE_OUTLINE;
            case PAIN_POINT -> MaterialDesignE.EMOTICON_SAD_OUTLINE;
            case OPPORTUNITY -> MaterialDesignL.LIGHTBULB_ON_OUTLINE;
            case NOTE -> MaterialDesignN.NOTE_OUTLINE;
        };
    }

    public static String name(CardType type) {
        return Messages.get("palette.type." + type.name().toLowerCase(Locale.ROOT));
    }

    public static String hint(CardType type) {
        return Messages.get("palette.hint." + type.name().toLowerCase(Locale.ROOT));
    }

    /** The CSS class that gives each type its accent colour. */
    public static String styleClass(CardType type) {
        return "card-type-" + Kebab.of(type);
    }
}
