package app.masa.export;

import app.masa.i18n.Messages;
import app.masa.layout.FontTableMeasurer;
import app.masa.layout.FontRole;
import app.masa.layout.MapStyle;
import app.masa.layout.Surface;
import app.masa.layout.TextDirection;
import app.masa.layout.TextLine;
import app.masa.layout.Theme;
import java.util.Locale;

/**
 * The line under the map on paper pages: the map's title at the reading start, the tile's row and
 * column and the page number at the reading end. In the map's language, since it is printed with it.
 * Always in the light style: it sits on the white paper margin, whatever the map's theme.
 */
final class PdfFooter {
    static final MapStyle STYLE = MapStyle.of(Theme.LIGHT);

    private PdfFooter() {
    }

    static void paint(Surface surface, PdfPage page, String title, int number, int total, Locale locale,
                      boolean rightToLeft) {
        String end = Messages.get(locale, "export.pdf.page", number, total);
        if (page.tile()) {
            end = Messages.get(locale, "export.pdf.tile", page.row(), page.column()) + "  \u00b7  " + end;
        }
        double baseline = page.frame().maxY() + PdfPagePlanner.FOOTER - 4;
        double left = page.frame().x();
        double right = page.frame().maxX();
        double endWidth = width(end);
        String start = shorten(title, right - left - endWidth - 24);
        double startWidth = width(start);
        TextLine startLine = new TextLine(start, FontRole.SMALL, rightToLeft ? right - startWidth : left, baseline,
                startWidth, TextDirection.isRightToLeft(start, rightToLeft));
        TextLine endLine = new TextLine(end, FontRole.SMALL, rightToLeft ? left : right - endWidth, baseline, endWidth,
                TextDirection.isRightToLeft(end, rightToLeft));
        surface.text(startLine, STYLE.palette().textMuted());
        surface.text(endLine, STYLE.palette().textMuted());
    }

    private static String shorten(String text, double room) {
        if (width(text) <= room) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && width(s + "…") > room) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "…";
    }

    private static double width(String text) {
        return FontTableMeasurer.shared().width(text, false, STYLE.typography().size(FontRole.SMALL));
    }
}
