package app.masa.io.interchange;

import app.masa.i18n.Messages;
import app.masa.io.AtomicFileWriter;
import app.masa.model.JourneyMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one door to CSV and Mermaid for the designer and the command line, choosing the format by the
 * file's extension. Runs headless; reads and writes whole files, never half of one.
 */
public final class Interchange {
    /** The largest file an import reads: a spreadsheet of cards is far smaller. */
    static final long MAX_IMPORT_BYTES = 8L * 1024 * 1024;

    private Interchange() {
    }

    /** Whether the file name ends in an extension this class reads and writes (.csv, .mmd, .mermaid). */
    public static boolean handles(Path file) {
        return InterchangeFormat.of(file).isPresent();
    }

    /** Writes one map as CSV, Mermaid or a workbook, chosen by the target's extension. */
    public static void export(JourneyMap map, Path target) throws IOException {
        AtomicFileWriter.replace(target, bytes(map, format(target)));
    }

    /**
     * Writes maps as CSV or Mermaid, one file each: the first to {@code target}, the others beside it
     * numbered ({@code journey-2.csv}, {@code journey-3.csv}…).
     *
     * @return the files written, in the order of the maps
     */
    public static List<Path> export(List<JourneyMap> maps, Path target) throws IOException {
        InterchangeFormat format = format(target);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            Path file = i == 0 ? target : numbered(target, i + 1);
            AtomicFileWriter.replace(file, bytes(maps.get(i), format));
            written.add(file);
        }
        return written;
    }

    /** The text of one map in a format. */
    public static byte[] bytes(JourneyMap map, InterchangeFormat format) {
        return switch (format) {
            case CSV -> CsvCardExport.bytes(map);
            case MERMAID -> MermaidWriter.write(map).getBytes(StandardCharsets.UTF_8);
            case XLSX -> XlsxWorkbook.bytes(map);
        };
    }

    /**
     * A map read from a CSV, Mermaid or workbook file onto the frame of {@code frame} (its stages,
     * lanes, scale and settings; its cards are left out). CSV columns are matched by their header; a
     * workbook's conversion paths and stage NPS come with its cards.
     */
    public static JourneyMap read(Path source, JourneyMap frame, UnknownPlaces policy)
            throws IOException, InterchangeException {
        return read(source, frame, policy, note -> { });
    }

    /** As {@link #read(Path, JourneyMap, UnknownPlaces)}, telling {@code notes} what was changed on the way in. */
    public static JourneyMap read(Path source, JourneyMap frame, UnknownPlaces policy,
                                  Consumer<LineProblem> notes)
            throws IOException, InterchangeException {
        byte[] bytes = readBounded(source);
        return switch (format(source)) {
            case CSV -> {
                CsvTable table = CsvReader.read(bytes);
                yield CsvCardImport.apply(MapFrames.blank(frame), table, CsvMapping.guess(table.header()), policy)
                        .mapOrThrow();
            }
            case MERMAID -> {
                MermaidImport imported = MermaidReader.readWithNotes(CsvReader.decode(bytes), frame);
                imported.notes().forEach(notes);
                yield imported.map();
            }
            case XLSX -> {
                WorkbookTables tables = XlsxTables.readWorkbook(bytes);
                CsvTable table = tables.cards(XlsxWorkbook.CARDS);
                JourneyMap withCards = CsvCardImport.apply(MapFrames.blank(frame), table,
                        CsvMapping.guess(table.header()), policy).mapOrThrow();
                yield WorkbookNumbers.read(tables, withCards).applyTo(withCards);
            }
        };
    }

    static byte[] readBounded(Path source) throws IOException, InterchangeException {
        try (InputStream in = Files.newInputStream(source)) {
            byte[] bytes = in.readNBytes((int) MAX_IMPORT_BYTES + 1);
            if (bytes.length > MAX_IMPORT_BYTES) {
                throw InterchangeException.at(0, Messages.get("interchange.tooLarge", MAX_IMPORT_BYTES / (1024 * 1024)));
            }
            return bytes;
        }
    }

    private static InterchangeFormat format(Path file) {
        return InterchangeFormat.of(file).orElseThrow(() -> new IllegalArgumentException(
                Messages.get("interchange.badExtension", file.getFileName())));
    }

    private static Path numbered(Path target, int number) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = name.substring(0, dot) + "-" + number + name.substring(dot);
        return target.resolveSibling(numbered);
    }
}
