package app.masa.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * What the layout needs of a font file, read once at build time: units per em, the ascender and
 * descender (hhea), and the advance of every character of the Basic Multilingual Plane, in font
 * units, through the file's own cmap and hmtx. Reading 128 KB beside the font is what lets a cold
 * start measure text without parsing the font, whose cmap alone takes tens of milliseconds before
 * the optimising compiler has run.
 */
public record FontAdvances(int unitsPerEm, int ascender, int descender, short[] advances) {
    private static final int CHARACTERS = 0x10000;
    private static final int HEADER = 4 + 2 + 2;

    public FontAdvances {
        if (advances.length != CHARACTERS || unitsPerEm <= 0) {
            throw new IllegalArgumentException("not an advance table");
        }
    }

    /** The face's table, from beside its font file. */
    public static FontAdvances of(FontFace face) {
        try (InputStream in = FontFace.class.getResourceAsStream(face.advancesResource())) {
            if (in == null) {
                throw new IOException("advance table missing from the classpath: " + face.advancesResource());
            }
            return read(in.readAllBytes());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the bundled font's advance table cannot be read: " + face.advancesResource(), e);
        }
    }

    /** The table of a parsed font file: what {@code FontAdvancesTool} writes. */
    public static FontAdvances of(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        short[] advances = new short[CHARACTERS];
        for (int c = 0; c < CHARACTERS; c++) {
            boolean drawnAsNothing = c == '\t' || c == '\n' || c == '\r' || Character.isSurrogate((char) c);
            advances[c] = drawnAsNothing ? 0 : (short) font.getAdvanceWidth(cmap.getGlyphId(c));
        }
        return new FontAdvances(font.getUnitsPerEm(), font.getHorizontalHeader().getAscender(),
                font.getHorizontalHeader().getDescender(), advances);
    }

    static FontAdvances read(byte[] bytes) {
        if (bytes.length != HEADER + 2 * CHARACTERS) {
            throw new IllegalArgumentException("an advance table has " + (HEADER + 2 * CHARACTERS) + " bytes, not "
                    + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int unitsPerEm = buffer.getInt();
        int ascender = buffer.getShort();
        int descender = buffer.getShort();
        short[] advances = new short[CHARACTERS];
        buffer.asShortBuffer().get(advances);
        return new FontAdvances(unitsPerEm, ascender, descender, advances);
    }

    /** The table as written beside the font: big-endian, header then one unsigned short per character. */
    public byte[] bytes() {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + 2 * CHARACTERS);
        buffer.putInt(unitsPerEm).putShort((short) ascender).putShort((short) descender);
        buffer.asShortBuffer().put(advances);
        return buffer.array();
    }

    /** A character's advance in font units. */
    public int advance(char c) {
        return advances[c] & 0xFFFF;
    }

    /** Whether two tables say the same of every character. */
    public boolean sameAs(FontAdvances other) {
        return unitsPerEm == other.unitsPerEm && ascender == other.ascender && descender == other.descender
                && java.util.Arrays.equals(advances, other.advances);
    }
}
