package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.FontFace;
import app.masa.layout.Fonts;
import app.masa.layout.LayoutEngine;
import app.masa.layout.SampleMaps;
import app.masa.model.JourneyMap;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgFontEmbeddingTest {
    private static final Pattern FONT_FACE = Pattern.compile(
            "@font-face \\{ font-family: 'Rubik'; font-weight: (normal|bold); src: local\\('[^']+'\\), "
                    + "url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\) format\\('truetype'\\); }");

    @Test
    void eachWeightUsedIsEmbeddedAsASmallTrueTypeSubsetWithEveryCharacterTheMapShows() throws Exception {
        JourneyMap map = SampleMaps.hebrew();
        String svg = SvgExporter.toSvg(new LayoutEngine().layout(map,
                ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22)).layoutOptions()), false, "he", map.title());
        SvgDocument document = SvgDocument.parse(svg);
        Element style = document.elements("style").get(0);
        assertThat(style.getParentNode().getLocalName()).isEqualTo("defs");

        Map<Boolean, byte[]> fonts = new HashMap<>();
        Matcher m = FONT_FACE.matcher(style.getTextContent());
        while (m.find()) {
            fonts.put(m.group(1).equals("bold"), Base64.getDecoder().decode(m.group(2)));
        }
        assertThat(fonts).containsOnlyKeys(false, true);

        Map<Boolean, Set<Integer>> used = Map.of(false, new TreeSet<>(), true, new TreeSet<>());
        for (Element text : document.elements("text")) {
            SvgDocument.withoutMarks(text.getTextContent()).codePoints()
                    .forEach(used.get(text.getAttribute("font-weight").equals("bold"))::add);
        }
        for (boolean bold : new boolean[] {false, true}) {
            assertThat(fonts.get(bold).length).as("a subset, not the whole font")
                    .isLessThan(FontFace.text(bold).bytes().length / 10);
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fonts.get(bold)))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                assertThat(font.getNumberOfGlyphs()).isLessThan(used.get(bold).size() + 10);
                for (int c : used.get(bold)) {
                    int glyph = cmap.getGlyphId(c);
                    assertThat(glyph).as("glyph for U+%04X", c).isPositive();
                    if (!Character.isWhitespace(c)) {
                        assertThat(font.getGlyph().getGlyph(glyph).getNumberOfContours())
                                .as("outline of U+%04X", c).isPositive();
                    }
                }
            }
        }
        assertThat(used.get(false)).contains((int) 'ה', (int) '₪');
    }
}
