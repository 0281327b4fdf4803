package app.masa.layout;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.Stage;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Places the metrics lane: per stage four short lines (reach, conversions, conversion rate, NPS),
 * numbers written the way the map's language writes them, a dash where a stage has no figure.
 */
final class MetricsLanePlacer {
    private static final String NONE = "–";
    private static final int LINES = 4;

    private final TextPlacer text;
    private final Mirror mirror;
    private final Locale locale;
    private final MapStyle style;

    MetricsLanePlacer(TextPlacer text, Mirror mirror, Locale locale, MapStyle style) {
        this.text = text;
        this.mirror = mirror;
        this.locale = locale;
        this.style = style;
    }

    double height() {
        return Math.ceil(LINES * text.lineHeight(FontRole.SMALL) + 2 * style.metrics().cellPadding());
    }

    MetricsBand place(List<Stage> stages, double[] columnX, double[] columnW, double laneStart, double top,
                      List<Card> touchpoints) {
        Metrics m = style.metrics();
        double height = height();
        Rect header = mirror.rect(laneStart, top, m.laneHeaderWidth(), height);
        double gridStart = laneStart + m.laneHeaderWidth();
        double gridEnd = columnX.length == 0 ? gridStart : columnX[columnX.length - 1] + columnW[columnW.length - 1];
        Rect band = mirror.rect(gridStart, top, gridEnd - gridStart, height);
        String title = Messages.get(locale, "export.report.lane.title");
        List<TextLine> titleLines = text.place(title,
                text.wrapper().wrap(title, FontRole.LANE_TITLE, m.laneHeaderWidth() - 2 * m.headerPadding()),
                FontRole.LANE_TITLE, header.x() + m.headerPadding(), header.maxX() - m.headerPadding(),
                top + m.headerPadding(), TextPlacer.Align.START);
        List<MetricsBand.Cell> cells = new ArrayList<>(stages.size());
        for (int i = 0; i < stages.size(); i++) {
            Rect cell = mirror.rect(columnX[i], top, columnW[i], height);
            StageFigures figures = StageFigures.of(touchpoints, stages.get(i));
            cells.add(new MetricsBand.Cell(stages.get(i).id(), cell, lines(figures, cell)));
        }
        return new MetricsBand(header, band, titleLines, cells);
    }

    private List<TextLine> lines(StageFigures figures, Rect cell) {
        NumberFormat counts = NumberFormat.getIntegerInstance(locale);
        String[] labels = {
            Messages.get(locale, "export.report.lane.reach",
                    figures.reach() == null ? NONE : counts.format(figures.reach())),
            Messages.get(locale, "export.report.lane.conversions",
                    figures.conversions() == null ? NONE : counts.format(figures.conversions())),
            Messages.get(locale, "export.report.lane.rate",
                    figures.rate().isPresent() ? CardFacts.percent(figures.rate().getAsDouble(), locale) : NONE),
            Messages.get(locale, "export.report.lane.nps",
                    figures.nps().isPresent() ? CardPlacer.scoreText((int) Math.round(figures.nps().getAsDouble()))
                            : NONE)
        };
        double pad = style.metrics().cellPadding();
        double room = cell.width() - 2 * pad;
        double top = cell.y() + pad;
        List<TextLine> lines = new ArrayList<>(LINES);
        for (String label : labels) {
            String shown = Ellipsis.fit(label, room, FontRole.SMALL, text.wrapper());
            double w = text.wrapper().width(shown, FontRole.SMALL);
            // Lines sit at the map's reading start, whichever script the label begins with.
            double x = mirror.rightToLeft() ? cell.maxX() - pad - w : cell.x() + pad;
            lines.add(text.single(shown, FontRole.SMALL, x, top));
            top += text.lineHeight(FontRole.SMALL);
        }
        return lines;
    }
}
