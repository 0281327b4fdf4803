package app.masa.export;

import app.masa.analysis.report.Report;
import app.masa.analysis.report.ReportSection;
import app.masa.layout.FontTableMeasurer;
import app.masa.layout.FontRole;
import app.masa.layout.MapStyle;
import app.masa.layout.Palette;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.layout.TextDirection;
import app.masa.layout.TextLine;
import app.masa.layout.TextWrapper;
import app.masa.layout.Typography;
import app.masa.layout.WrappedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sets the insights report as printed tables on pages of one paper size: the title, then per
 * section a heading and a table (or its note when empty). A table that runs off a page continues
 * on the next under its repeated header row. In a right-to-left report the first column sits at
 * the right and every cell is right-aligned.
 */
final class ReportPageLayout {
    /** Light on white paper whatever the map's theme, like the footer. */
    static final MapStyle STYLE = PdfFooter.STYLE;
    private static final FontRole TITLE = FontRole.MAP_TITLE;
    private static final FontRole HEADING = FontRole.STAGE_NAME;
    private static final FontRole HEADER = FontRole.SMALL;
    private static final FontRole CELL = FontRole.CARD_BODY;
    private static final double PAD_X = 6;
    private static final double PAD_Y = 3;
    private static final double SECTION_GAP = 20;
    /** A section with nothing to show is one line of note; it needs less air above it than a table. */
    private static final double EMPTY_SECTION_GAP = 12;
    private static final double HEADING_GAP = 6;
    /** Air kept between the last row of a page and the footer line. */
    private static final double BOTTOM_AIR = 10;
    /** A column never asks for more than this share of the width before wrapping. */
    private static final double WIDEST_NATURAL = 0.55;

    private final Report report;
    private final Rect frame;
    private final double bottom;
    private final boolean rtl;
    private final Typography type = STYLE.typography();
    private final Palette palette = STYLE.palette();
    private final TextWrapper wrapper = new TextWrapper(FontTableMeasurer.shared(), STYLE.typography());
    private final List<ReportPage> pages = new ArrayList<>();
    private List<Consumer<Surface>> marks = new ArrayList<>();
    private double y;

    private ReportPageLayout(Report report, Rect frame) {
        this.report = report;
        this.frame = frame;
        this.bottom = frame.maxY() - BOTTOM_AIR;
        this.rtl = report.rightToLeft();
        this.y = frame.y();
    }

    /** Lays the report out on pages whose printable area is {@code frame} (page points, y down). */
    static List<ReportPage> layout(Report report, Rect frame) {
        return new ReportPageLayout(report, frame).pages();
    }

    private List<ReportPage> pages() {
        title();
        for (ReportSection section : report.sections()) {
            section(section);
        }
        pages.add(new ReportPage(marks));
        return List.copyOf(pages);
    }

    private void title() {
        WrappedText lines = wrapper.wrap(report.title(), TITLE, frame.width());
        begin(ReportPart.TITLE);
        for (int i = 0; i < lines.lineCount(); i++) {
            text(lines.lines().get(i), lines.widths()[i], TITLE, frame.x(), frame.maxX(), y + baseline(TITLE),
                    palette.text());
            y += type.lineHeight(TITLE);
        }
        end();
        y += 4;
        Rgba accent = palette.stageAccent(0);
        double from = y;
        marks.add(s -> s.fillRect(new Rect(rtl ? frame.maxX() - 48 : frame.x(), from, 48, 3), 1.5, accent));
        y += 3;
    }

    private void section(ReportSection section) {
        y += section.isEmpty() ? EMPTY_SECTION_GAP : SECTION_GAP;
        WrappedText heading = wrapper.wrap(section.heading(), HEADING, frame.width());
        double headingHeight = heading.lineCount() * type.lineHeight(HEADING) + HEADING_GAP;
        if (section.isEmpty()) {
            WrappedText note = wrapper.wrap(section.emptyNote(), CELL, frame.width());
            ensureRoom(headingHeight + note.lineCount() * type.lineHeight(CELL));
            begin(ReportPart.SECTION);
            heading(heading);
            begin(ReportPart.NOTE);
            for (int i = 0; i < note.lineCount(); i++) {
                text(note.lines().get(i), note.widths()[i], CELL, frame.x(), frame.maxX(), y + baseline(CELL),
                        palette.textMuted());
                y += type.lineHeight(CELL);
            }
            end();
            end();
            return;
        }
        double[] widths = columnWidths(section);
        List<WrappedText> header = wrapRow(section.columns(), widths, HEADER);
        double headerHeight = rowHeight(header, HEADER);
        List<List<WrappedText>> rows = new ArrayList<>();
        for (List<String> row : section.rows()) {
            rows.add(wrapRow(row, widths, CELL));
        }
        ensureRoom(headingHeight + headerHeight + rowHeight(rows.get(0), CELL));
        begin(ReportPart.SECTION);
        heading(heading);
        begin(ReportPart.TABLE);
        headerRow(header, widths, headerHeight, ReportPart.HEADER_ROW);
        for (int r = 0; r < rows.size(); r++) {
            double height = Math.min(rowHeight(rows.get(r), CELL), bottom - frame.y() - headerHeight);
            if (y + height > bottom) {
                newPage();
                headerRow(header, widths, headerHeight, ReportPart.REPEATED_HEADER_ROW);
            }
            if (r % 2 == 1) {
                Rect band = new Rect(frame.x(), y, frame.width(), height);
                marks.add(s -> s.fillRect(band, 0, palette.laneHeader()));
            }
            begin(ReportPart.ROW);
            row(rows.get(r), widths, CELL, y, height, palette.text(), ReportPart.CELL);
            end();
            y += height;
        }
        end();
        end();
        double bottomLine = y;
        marks.add(s -> s.strokeLine(new Point(frame.x(), bottomLine), new Point(frame.maxX(), bottomLine),
                Stroke.solid(palette.grid(), 0.75)));
    }

    private void heading(WrappedText heading) {
        begin(ReportPart.HEADING);
        for (int i = 0; i < heading.lineCount(); i++) {
            text(heading.lines().get(i), heading.widths()[i], HEADING, frame.x(), frame.maxX(), y + baseline(HEADING),
                    palette.text());
            y += type.lineHeight(HEADING);
        }
        end();
        y += HEADING_GAP;
    }

    private void headerRow(List<WrappedText> header, double[] widths, double height, ReportPart part) {
        begin(part);
        row(header, widths, HEADER, y, height, palette.textSecondary(), ReportPart.HEADER_CELL);
        end();
        y += height;
        double line = y;
        marks.add(s -> s.strokeLine(new Point(frame.x(), line), new Point(frame.maxX(), line),
                Stroke.solid(palette.textMuted(), 0.75)));
    }

    private void row(List<WrappedText> cells, double[] widths, FontRole role, double top, double height, Rgba color,
                     ReportPart cellPart) {
        int fits = (int) Math.max(1, Math.floor((height - 2 * PAD_Y) / type.lineHeight(role)));
        double start = 0;
        for (int c = 0; c < cells.size(); c++) {
            double left = rtl ? frame.maxX() - start - widths[c] : frame.x() + start;
            start += widths[c];
            WrappedText cell = cells.get(c);
            begin(cellPart);
            for (int i = 0; i < Math.min(fits, cell.lineCount()); i++) {
                text(cell.lines().get(i), cell.widths()[i], role, left + PAD_X, left + widths[c] - PAD_X,
                        top + PAD_Y + baseline(role) + i * type.lineHeight(role), color);
            }
            end();
        }
    }

    private List<WrappedText> wrapRow(List<String> texts, double[] widths, FontRole role) {
        List<WrappedText> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = c < texts.size() ? texts.get(c) : "";
            cells.add(wrapper.wrap(text, role, Math.max(1, widths[c] - 2 * PAD_X)));
        }
        return cells;
    }

    private double rowHeight(List<WrappedText> cells, FontRole role) {
        int lines = 1;
        for (WrappedText cell : cells) {
            lines = Math.max(lines, cell.lineCount());
        }
        return lines * type.lineHeight(role) + 2 * PAD_Y;
    }

    private double[] columnWidths(ReportSection section) {
        int n = section.columns().size();
        double[] natural = new double[n];
        for (int c = 0; c < n; c++) {
            natural[c] = wrapper.width(section.columns().get(c), HEADER);
            for (List<String> row : section.rows()) {
                if (c < row.size()) {
                    natural[c] = Math.max(natural[c], wrapper.width(row.get(c), CELL));
                }
            }
            natural[c] = Math.min(natural[c] + 2 * PAD_X, frame.width() * WIDEST_NATURAL);
        }
        return ReportColumns.widths(natural, frame.width());
    }

    /** Marks where a part of the report begins, for surfaces that give the page structure (a tagged PDF). */
    private void begin(ReportPart part) {
        marks.add(s -> ReportSurface.begin(s, part));
    }

    private void end() {
        marks.add(ReportSurface::end);
    }

    private void ensureRoom(double height) {
        if (y + height > bottom && y > frame.y()) {
            newPage();
        }
    }

    private void newPage() {
        pages.add(new ReportPage(marks));
        marks = new ArrayList<>();
        y = frame.y();
    }

    private double baseline(FontRole role) {
        double size = type.size(role);
        // Centre the ink in the line's height, like the map's own text.
        return (type.lineHeight(role) - size) / 2 + FontTableMeasurer.shared().ascent(size);
    }

    /** Places one line at the reading start of the span from {@code left} to {@code right}. */
    private void text(String text, double width, FontRole role, double left, double right, double baseline,
                      Rgba color) {
        // A cell of figures alone ("−2", "+1") reads left to right even in a right-to-left table.
        boolean direction = text.codePoints().anyMatch(Character::isLetter) && TextDirection.isRightToLeft(text, rtl);
        TextLine line = new TextLine(text, role, rtl ? right - width : left, baseline, width, direction);
        marks.add(s -> s.text(line, color));
    }
}
