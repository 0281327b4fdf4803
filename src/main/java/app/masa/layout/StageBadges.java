package app.masa.layout;

import app.masa.i18n.Messages;
import app.masa.model.Stage;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The pills at the foot of a stage header: its Net Promoter Score, when the stage has answers, and
 * after it a merge conflict, when a merge left one on the stage.
 */
final class StageBadges {
    private static final double PAD = 6;

    record Nps(Rect badge, TextLine label) {
    }

    private StageBadges() {
    }

    /** @param row the height the header keeps for the pill; 0 when no stage shows one */
    static Nps nps(Stage stage, Rect header, double row, MapStyle style, TextPlacer text, Locale locale, boolean rtl) {
        OptionalDouble score = stage.nps().score();
        if (score.isEmpty() || row == 0) {
            return null;
        }
        String label = Messages.get(locale, "layout.nps", CardPlacer.scoreText((int) Math.round(score.getAsDouble())));
        double w = text.wrapper().width(label, FontRole.SMALL);
        double h = CardPlacer.badgeHeight(style);
        double inset = style.metrics().cellPadding();
        double x = rtl ? header.maxX() - inset - w - 2 * PAD : header.x() + inset;
        Rect badge = new Rect(x, header.maxY() - 6 - 4 - h, w + 2 * PAD, h);
        TextLine line = text.single(label, FontRole.SMALL, badge.x() + PAD,
                badge.y() + (h - text.lineHeight(FontRole.SMALL)) / 2);
        // "NPS +32" reads left to right in every language.
        return new Nps(badge, new TextLine(line.text(), line.role(), line.x(), line.baseline(), line.width(), false));
    }

    /** The conflict pill, after the NPS pill in reading order (or in its place), or null. */
    static CardBadge conflict(boolean conflicted, Rect header, Rect nps, double row, MapStyle style,
                              TextPlacer text, Locale locale, boolean rtl) {
        if (!conflicted || row == 0) {
            return null;
        }
        String label = Messages.get(locale, "layout.badge.conflict");
        double w = text.wrapper().width(label, FontRole.SMALL) + 2 * PAD;
        double h = CardPlacer.badgeHeight(style);
        double inset = style.metrics().cellPadding();
        double x;
        if (nps == null) {
            x = rtl ? header.maxX() - inset - w : header.x() + inset;
        } else {
            x = rtl ? nps.x() - PAD - w : nps.maxX() + PAD;
        }
        Rect badge = new Rect(x, header.maxY() - 6 - 4 - h, w, h);
        TextLine line = text.single(label, FontRole.SMALL, badge.x() + PAD,
                badge.y() + (h - text.lineHeight(FontRole.SMALL)) / 2);
        Palette p = style.palette();
        return new CardBadge(CardBadge.Kind.CONFLICT, badge, line, p.negative(), Rgba.WHITE);
    }
}
