package app.masa.ui.export;

import app.masa.export.ExportFormat;
import app.masa.ui.files.JourneyFileNames;
import java.nio.file.Path;
import java.util.Locale;

/** Names of export files: what to propose, and the extension a typed name may lack. */
final class ExportTargets {
    private ExportTargets() {
    }

    /** "plan.journey.json" becomes "plan"; a map title becomes a file-safe name. */
    static String baseName(String documentName) {
        String ext = JourneyFileNames.EXTENSION;
        if (documentName.toLowerCase(Locale.ROOT).endsWith(ext)) {
            return documentName.substring(0, documentName.length() - ext.length());
        }
        String suggested = JourneyFileNames.suggestedName(documentName);
        return suggested.substring(0, suggested.length() - ext.length());
    }

    /** The last export of this document in the new format's extension, or a fresh name beside nothing. */
    static Path suggested(Path lastTarget, ExportFormat format, String baseName) {
        if (lastTarget == null || lastTarget.getFileName() == null) {
            return Path.of(baseName + "." + format.extension());
        }
        String name = lastTarget.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return lastTarget.resolveSibling(stem + "." + format.extension());
    }

    /** Adds the format's extension when the person typed a bare name. */
    static Path withExtension(Path chosen, ExportFormat format) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension()) ? chosen
                : chosen.resolveSibling(name + "." + format.extension());
    }
}
