package app.masa.export;

import app.masa.layout.Surface;

/** A surface that also hears where the parts of a report page begin and end (a tagged PDF does). */
interface ReportSurface extends Surface {
    void beginPart(ReportPart part);

    void endPart();

    /** Tells the surface, when it listens, that a part begins; other surfaces just paint. */
    static void begin(Surface surface, ReportPart part) {
        if (surface instanceof ReportSurface parts) {
            parts.beginPart(part);
        }
    }

    static void end(Surface surface) {
        if (surface instanceof ReportSurface parts) {
            parts.endPart();
        }
    }
}
