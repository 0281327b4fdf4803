package app.masa.export;

import app.masa.layout.FontFace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import java.util.IdentityHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts embedded in one PDF document (as subsets: only the glyphs used are written).
 * Characters the font lacks become a question mark instead of failing the whole export.
 */
final class PdfFonts {
    private final Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
    /** Per face, what is known of each character of the Basic Multilingual Plane: unknown, drawable, or not. */
    private final Map<FontFace, byte[]> coverage = new EnumMap<>(FontFace.class);
    private static final byte UNKNOWN = 0;
    private static final byte DRAWABLE = 1;
    private static final byte MISSING = 2;
    private final PDDocument document;
    /** Images are document resources like the fonts: embedded once, drawn on every page that shows them. */
    private final Map<byte[], PDImageXObject> images = new IdentityHashMap<>();

    PdfFonts(PDDocument document) throws IOException {
        this.document = document;
        fonts.put(FontFace.REGULAR, load(document, FontFace.REGULAR));
        fonts.put(FontFace.BOLD, load(document, FontFace.BOLD));
    }

    private static PDType0Font load(PDDocument document, FontFace face) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
        // Without its substitution table the font draws "fi" as two letters, as the canvas and the
        // layout's measurements do; a ligature would also extract as one odd character.
        ttf.getTableMap().remove("GSUB");
        return PDType0Font.load(document, ttf, true);
    }

    /** The image embedded in the document, or null when its bytes are not a PNG or JPEG PDFBox can read. */
    PDImageXObject image(byte[] bytes) {
        return images.computeIfAbsent(bytes, b -> {
            try {
                return PDImageXObject.createFromByteArray(document, b, "photo");
            } catch (IOException | IllegalArgumentException e) {
                return null;
            }
        });
    }

    /** The face embedded in the document; the title serif only once a title is set in it. */
    PDType0Font font(FontFace face) {
        return fonts.computeIfAbsent(face, f -> {
            try {
                return load(document, f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The text with every character the face cannot draw replaced. */
    String drawable(String text, FontFace face) {
        PDType0Font font = font(face);
        byte[] known = this.coverage.computeIfAbsent(face, f -> new byte[Character.MAX_VALUE + 1]);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean ok;
            if (cp <= Character.MAX_VALUE) {
                if (known[cp] == UNKNOWN) {
                    known[cp] = covers(font, cp) ? DRAWABLE : MISSING;
                }
                ok = known[cp] == DRAWABLE;
            } else {
                ok = covers(font, cp);
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                if (ok) {
                    out.appendCodePoint(cp);
                } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                    out.append('?');
                }
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    private static boolean covers(PDType0Font font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
