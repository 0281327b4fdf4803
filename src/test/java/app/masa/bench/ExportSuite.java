package app.masa.bench;

import app.masa.export.ExportOptions;
import app.masa.export.ExportProgress;
import app.masa.export.PdfExporter;
import app.masa.export.PngExporter;
import app.masa.layout.FontFace;
import app.masa.layout.Fonts;
import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.layout.SampleMaps;
import app.masa.model.JourneyMap;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Exporting a 1,000-card map. Baselines in the same run: PDFBox writing one page of text in the same
 * two embedded fonts (what any PDF with our fonts costs), and Java2D writing a blank PNG of the
 * same pixel size (what encoding the image costs).
 */
public final class ExportSuite implements BenchSuite {
    private static final int RUNS = 5;

    @Override
    public String title() {
        return "Export of a 1,000-card map";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        // 30 stages by 8 lanes: about five cards a cell, the shape of a large real map.
        JourneyMap map = SampleMaps.generated(30, 8, 1000, 7);
        ExportOptions options = ExportOptions.defaults().withDate(LocalDate.of(2026, 1, 1));
        Path dir = Files.createTempDirectory("masa-bench-export");
        Path pdf = dir.resolve("map.pdf");
        Path png = dir.resolve("map.png");
        Path base = dir.resolve("base.pdf");

        double[] pdfMs = new double[RUNS];
        double[] baseMs = new double[RUNS];
        double[] pngMs = new double[RUNS];
        double[] blankMs = new double[RUNS];
        MapLayout layout = new LayoutEngine().layout(map, options.layoutOptions());
        int w = (int) Math.ceil(layout.width() * 2);
        int h = (int) Math.ceil(layout.height() * 2);
        for (int i = -2; i < RUNS; i++) {
            long t0 = System.nanoTime();
            new PdfExporter().export(List.of(map), options.withPage(app.masa.export.PageSize.FIT), pdf,
                    ExportProgress.NONE);
            long t1 = System.nanoTime();
            emptyPageWithFonts(base);
            long t2 = System.nanoTime();
            new PngExporter().export(List.of(map), options.withScale(2), png, ExportProgress.NONE);
            long t3 = System.nanoTime();
            blankPng(w, h, dir.resolve("blank.png"));
            long t4 = System.nanoTime();
            if (i >= 0) {
                pdfMs[i] = (t1 - t0) / 1e6;
                baseMs[i] = (t2 - t1) / 1e6;
                pngMs[i] = (t3 - t2) / 1e6;
                blankMs[i] = (t4 - t3) / 1e6;
            }
        }
        long pdfBytes = Files.size(pdf);
        long baseBytes = Files.size(base);
        double pdf50 = FxBench.percentile(pdfMs, 50);
        double base50 = FxBench.percentile(baseMs, 50);
        double png50 = FxBench.percentile(pngMs, 50);
        double blank50 = FxBench.percentile(blankMs, 50);
        List<BenchRow> rows = new ArrayList<>();
        rows.add(new BenchRow("export", "PDF of 1,000 cards (one page, fit), median of " + RUNS,
                LayoutSuite.fmt(pdf50) + " ms (" + LayoutSuite.fmt(pdf50 / base50) + "× baseline)", "≤ 1000 ms",
                pdf50 <= 1000, "baseline: one text page with both fonts embedded, " + LayoutSuite.fmt(base50) + " ms"));
        rows.add(new BenchRow("export", "PDF size", pdfBytes / 1024 + " KB (" + LayoutSuite.fmt((double) pdfBytes / baseBytes)
                + "× baseline)", "≤ 500 KB", pdfBytes <= 500 * 1024, "baseline file " + baseBytes / 1024 + " KB"));
        rows.add(new BenchRow("export", "PNG at 2× (" + w + "×" + h + " px), median of " + RUNS,
                LayoutSuite.fmt(png50) + " ms (" + LayoutSuite.fmt(png50 / blank50) + "× baseline)", "≤ 2000 ms",
                png50 <= 2000, "baseline: blank PNG of the same size, " + LayoutSuite.fmt(blank50) + " ms"));
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
        return rows;
    }

    private static void emptyPageWithFonts(Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font regular;
            PDType0Font bold;
            try (InputStream r = FontFace.REGULAR.open(); InputStream b = FontFace.BOLD.open()) {
                regular = PDType0Font.load(document, r, true);
                bold = PDType0Font.load(document, b, true);
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(regular, 12);
                content.newLineAtOffset(72, 700);
                content.showText("Awareness Consideration Purchase");
                content.setFont(bold, 12);
                content.showText(" Delivery Retention");
                content.endText();
            }
            document.save(target.toFile());
        }
    }

    private static void blankPng(int w, int h, Path target) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        Files.write(target, bytes.toByteArray());
    }
}
