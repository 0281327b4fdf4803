package app.masa.layout;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Writes each bundled font's advance table beside it, after the fonts change
 * (scripts/fonts/build-fonts.py); {@code FontAdvancesTest} fails until it has run:
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.masa.layout.FontAdvancesTool</pre>
 */
public final class FontAdvancesTool {
    private FontAdvancesTool() {
    }

    public static void main(String[] args) throws Exception {
        for (FontFace face : FontFace.values()) {
            Path target = Path.of("src/main/resources" + face.advancesResource());
            Files.write(target, fromFontFile(face).bytes());
            System.out.println("Wrote " + target);
        }
    }

    /** The table as the font file itself gives it. */
    static FontAdvances fromFontFile(FontFace face) throws Exception {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
        return FontAdvances.of(font);
    }
}
