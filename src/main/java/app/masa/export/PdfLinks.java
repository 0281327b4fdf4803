package app.masa.export;

import app.masa.i18n.Messages;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;

/**
 * Links between maps of one PDF: a card or stage that leads to another map of the same export
 * becomes a clickable area that opens that map's first page, tagged as a Link (PDF/UA) and
 * described by where it leads. Links to other files and to maps left out of the export stay in
 * the file only.
 */
final class PdfLinks {
    private record Pending(PDPage page, PDRectangle area, String targetMapId, Locale language) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, PDPage> firstPages = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    void mapStartsAt(JourneyMap map, PDPage page) {
        firstPages.putIfAbsent(map.id(), page);
        titles.putIfAbsent(map.id(), map.title());
    }

    /** Notes the linked things this page shows, in page coordinates, once per thing and page. */
    void collect(JourneyMap map, MapLayout layout, PDPage pdfPage, PdfPage page) {
        Set<String> done = new HashSet<>();
        for (JourneyLink link : map.standingLinks()) {
            if (!link.inThisFile() || !done.add(link.source())) {
                continue;
            }
            Rect on = layout.boundsOf(link.source()).orElse(null);
            if (on == null || page.window() != null && !page.window().intersects(on)) {
                continue;
            }
            float x = (float) (page.originX() + on.x() * page.scale());
            float top = (float) (page.height() - page.originY() - on.y() * page.scale());
            float width = (float) (on.width() * page.scale());
            float height = (float) (on.height() * page.scale());
            pending.add(new Pending(pdfPage, new PDRectangle(x, top - height, width, height), link.map(),
                    Locale.forLanguageTag(map.language())));
        }
    }

    /** Adds the links whose map is in the export, once every map's first page is known. */
    void finish(PdfStructure structure) throws java.io.IOException {
        for (Pending p : pending) {
            PDPage target = firstPages.get(p.targetMapId());
            if (target == null) {
                continue;
            }
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(target);
            PDActionGoTo action = new PDActionGoTo();
            action.setDestination(destination);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(p.area());
            link.setAction(action);
            PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
            noBorder.setWidth(0);
            link.setBorderStyle(noBorder);
            link.setPrinted(true);
            String description = Messages.get(p.language(), "export.link.to", titles.get(p.targetMapId()));
            link.setContents(description);
            p.page().getAnnotations().add(link);
            structure.annotation(p.page(), link, description, "Link");
        }
    }
}
