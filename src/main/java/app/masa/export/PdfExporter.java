package app.masa.export;

import app.masa.analysis.report.Report;
import app.masa.analysis.report.ReportBuilder;
import app.masa.product.Version;
import app.masa.i18n.Messages;
import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.layout.MapPainter;
import app.masa.model.JourneyMap;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes maps as a vector PDF: shapes as paths, text as real text in the embedded bundled fonts, one
 * map per page (or per set of tiles) with a bookmark for each map. Always tagged for PDF/UA-1 (a
 * structure tree in reading order, decoration marked as artifacts); optionally PDF/A-2b as well.
 */
public final class PdfExporter implements MapExporter {
    private final LayoutEngine engine;
    /**
     * The first document is begun as the exporter is made, so that its fonts are ready by the time
     * the caller has read the file and laid the maps out; later ones are begun by {@link #write}.
     */
    private final AtomicReference<PdfDocumentStart> first = new AtomicReference<>(PdfDocumentStart.begin());

    public PdfExporter() {
        this(new LayoutEngine());
    }

    public PdfExporter(LayoutEngine engine) {
        this.engine = engine;
    }

    @Override
    public void export(List<JourneyMap> maps, ExportOptions options, Path target, ExportProgress progress)
            throws IOException, ExportCancelledException {
        AtomicOutput.write(target, out -> write(maps, options, out, progress));
    }

    /** Writes the PDF to a stream (the Export dialog's preview writes to memory). */
    public void write(List<JourneyMap> maps, ExportOptions options, OutputStream out, ExportProgress progress)
            throws IOException, ExportCancelledException {
        if (maps.isEmpty()) {
            throw new IllegalArgumentException("no map to export");
        }
        PdfDocumentStart begun = first.getAndSet(null);
        PdfDocumentStart start = begun != null ? begun : PdfDocumentStart.begin();
        List<MapLayout> layouts = new ArrayList<>(maps.size());
        List<List<PdfPage>> plans = new ArrayList<>(maps.size());
        List<Report> reports = new ArrayList<>(maps.size());
        List<List<ReportPage>> reportPages = new ArrayList<>(maps.size());
        PdfPage paper = ReportPaper.of(options);
        int total = 0;
        try {
            for (JourneyMap map : maps) {
                progress.checkCancelled();
                MapLayout layout = ExportLinks.marked(engine.layout(map, options.layoutOptions()), map, maps);
                layouts.add(layout);
                List<PdfPage> pages = PdfPagePlanner.plan(layout, options);
                plans.add(pages);
                total += pages.size();
                Report report = options.report() ? ReportBuilder.build(map, options.reportLanguage(map.language())) : null;
                List<ReportPage> printed = report == null ? List.of() : ReportPageLayout.layout(report, paper.frame());
                reports.add(report);
                reportPages.add(printed);
                total += printed.size();
            }
        } catch (ExportCancelledException | RuntimeException | Error e) {
            start.discard();
            throw e;
        }
        PdfMetadata.Facts facts = facts(maps, options);
        PdfDocumentStart.Ready ready = start.await();
        try (PDDocument document = ready.document()) {
            document.setVersion(1.7f);
            PdfFonts fonts = ready.fonts();
            PdfStructure structure = new PdfStructure();
            PdfLinks links = new PdfLinks();
            PDDocumentOutline outline = new PDDocumentOutline();
            int number = 0;
            for (int i = 0; i < maps.size(); i++) {
                JourneyMap map = maps.get(i);
                MapTags mapTags = new MapTags(layouts.get(i), map.language());
                PdfComments notes = options.comments() ? new PdfComments(map, layouts.get(i)) : null;
                PDPage first = null;
                for (PdfPage page : plans.get(i)) {
                    progress.checkCancelled();
                    number++;
                    PDPage pdfPage = drawPage(document, fonts, structure, mapTags, layouts.get(i), map, page, number,
                            total, options.page() != PageSize.FIT);
                    if (notes != null) {
                        notes.annotate(document, pdfPage, page, structure);
                    }
                    links.mapStartsAt(map, pdfPage);
                    links.collect(map, layouts.get(i), pdfPage, page);
                    first = first == null ? pdfPage : first;
                    progress.report(0.9 * number / total);
                }
                structure.add(mapTags.structure());
                PDOutlineItem mapItem = bookmark(title(map, i), first);
                PDPage firstOfReport = null;
                ReportTags reportTags = reports.get(i) == null ? null : new ReportTags(reports.get(i).languageTag());
                for (ReportPage page : reportPages.get(i)) {
                    progress.checkCancelled();
                    number++;
                    PDPage pdfPage = drawReportPage(document, fonts, structure, reportTags, paper, page, reports.get(i),
                            number, total);
                    firstOfReport = firstOfReport == null ? pdfPage : firstOfReport;
                    progress.report(0.9 * number / total);
                }
                if (reportTags != null) {
                    structure.add(reportTags.structure());
                }
                if (firstOfReport != null) {
                    mapItem.addLast(bookmark(Messages.get(Locale.forLanguageTag(reports.get(i).languageTag()),
                            "export.report.bookmark"), firstOfReport));
                }
                outline.addLast(mapItem);
            }
            document.getDocumentCatalog().setDocumentOutline(outline);
            links.finish(structure);
            structure.finish(document, maps.get(0).language());
            PdfMetadata.apply(document, facts, options.pdfa());
            progress.checkCancelled();
            // Object streams: the structure tree's thousands of small dictionaries compress to a third.
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            progress.report(1);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static PDPage drawPage(PDDocument document, PdfFonts fonts, PdfStructure structure, MapTags tags,
                                   MapLayout layout, JourneyMap map, PdfPage page, int number, int total,
                                   boolean footer) throws IOException {
        PDPage pdfPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
        document.addPage(pdfPage);
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
            PdfMarkedPage marked = structure.page(pdfPage, content);
            tags.onPage(marked);
            content.saveGraphicsState();
            if (page.tile()) {
                marked.enter(null);
                content.addRect((float) page.frame().x(), (float) (page.height() - page.frame().maxY()),
                        (float) page.frame().width(), (float) page.frame().height());
                content.clip();
            }
            // Layout units have y pointing down from the map's top-left; PDF points have y up.
            content.transform(new Matrix((float) page.scale(), 0, 0, (float) -page.scale(), (float) page.originX(),
                    (float) (page.height() - page.originY())));
            MapPainter.paint(layout, new PdfSurface(content, fonts, layout.style().typography(), tags), true,
                    page.tile() ? page.window() : null);
            marked.close();
            content.restoreGraphicsState();
            if (footer) {
                content.saveGraphicsState();
                content.transform(new Matrix(1, 0, 0, -1, 0, (float) page.height()));
                PdfFooter.paint(new PdfSurface(content, fonts, PdfFooter.STYLE.typography(), PdfTags.artifacts(marked)),
                        page, title(map, 0), number, total, Locale.forLanguageTag(map.language()),
                        map.direction().isRightToLeft());
                marked.close();
                content.restoreGraphicsState();
            }
        }
        return pdfPage;
    }

    /** A report page is in the report's language (the map's, unless another was asked for); its footer follows suit. */
    private static PDPage drawReportPage(PDDocument document, PdfFonts fonts, PdfStructure structure, ReportTags tags,
                                         PdfPage paper, ReportPage page, Report report, int number, int total)
            throws IOException {
        PDPage pdfPage = new PDPage(new PDRectangle((float) paper.width(), (float) paper.height()));
        document.addPage(pdfPage);
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
            PdfMarkedPage marked = structure.page(pdfPage, content);
            tags.onPage(marked);
            content.saveGraphicsState();
            content.transform(new Matrix(1, 0, 0, -1, 0, (float) paper.height()));
            // The footer gets a surface of its own; the report's colours and opacity end with this state.
            content.saveGraphicsState();
            page.paint(new PdfSurface(content, fonts, ReportPageLayout.STYLE.typography(), tags));
            marked.close();
            content.restoreGraphicsState();
            PdfFooter.paint(new PdfSurface(content, fonts, ReportPageLayout.STYLE.typography(), PdfTags.artifacts(marked)),
                    paper, report.title(), number, total, Locale.forLanguageTag(report.languageTag()),
                    report.rightToLeft());
            marked.close();
            content.restoreGraphicsState();
        }
        return pdfPage;
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        item.setDestination(destination);
        return item;
    }

    private static String title(JourneyMap map, int index) {
        return map.title().isBlank() ? Messages.get(Locale.forLanguageTag(map.language()), "export.pdf.untitled", index + 1)
                : map.title();
    }

    private static PdfMetadata.Facts facts(List<JourneyMap> maps, ExportOptions options) {
        // By position: a map's equals compares every card.
        String title = IntStream.range(0, maps.size()).mapToObj(i -> title(maps.get(i), i))
                .collect(Collectors.joining(" · "));
        String subject = maps.get(0).scenario();
        String creator = "Masa " + Version.current();
        Calendar now = Calendar.getInstance();
        // Whole seconds: the PDF date format has no finer unit, and the XMP copy must match it.
        now.set(Calendar.MILLISECOND, 0);
        return new PdfMetadata.Facts(title, options.author(), subject, creator, creator, now);
    }
}
