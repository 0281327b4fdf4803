"""Builds Masa's font files (src/main/resources/app/masa/fonts/*.ttf): a family's Latin, Latin
Extended and Hebrew, with DejaVu Sans behind it (scaled to the family's 1000 units per em) for
every other character a person may type; digits point at their tabular forms and the optional
ligatures are left out. Rubik (regular and bold) is the text of every map; Frank Ruhl Libre (bold)
is the title face a brand may choose. See docs/decisions/0023-typeface.md.

Sources: the woff files of `npm pack @fontsource/rubik@5.3.0` or
`npm pack @fontsource/frank-ruhl-libre@5.3.0` (their files/ folder) and DejaVu Sans 2.37 (Debian's
fonts-dejavu-core, /usr/share/fonts/truetype/dejavu). Needs fontTools (pip).

Usage: build-fonts.py FAMILY_FILES_DIR DEJAVU_DIR OUT_DIR [rubik|frank-ruhl-libre]"""
import sys, os
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem
from fontTools import merge, subset

source, dejavu, out = sys.argv[1:4]
family = sys.argv[4] if len(sys.argv) > 4 else "rubik"
FAMILIES = {
    "rubik": ("Rubik", ((400, "DejaVuSans.ttf", "Regular"), (700, "DejaVuSans-Bold.ttf", "Bold"))),
    "frank-ruhl-libre": ("FrankRuhlLibre", ((700, "DejaVuSans-Bold.ttf", "Bold"),)),
}
name, weights = FAMILIES[family]

def plain_ttf(path, dst):
    font = TTFont(path)
    font.flavor = None
    font.save(dst)
    return dst

def tabular_figures(font):
    """Points the digits at their tabular forms, so columns of numbers line up in every painter."""
    gsub = font["GSUB"].table
    lookups = {i for record in gsub.FeatureList.FeatureRecord if record.FeatureTag == "tnum"
               for i in record.Feature.LookupListIndex}
    swaps = {}
    for i in lookups:
        for sub in gsub.LookupList.Lookup[i].SubTable:
            swaps.update(getattr(sub, "mapping", {}) or {})
    for table in font["cmap"].tables:
        for code, glyph in list(table.cmap.items()):
            if glyph in swaps and chr(code).isdigit():
                table.cmap[code] = swaps[glyph]

def without_ligatures(font):
    """Drops optional ligatures and kerning, so each character is one glyph and the width the layout
    measures (the sum of the characters' advances) is the width every painter draws: the PDF and
    JavaFX's Latin text never kern, while the shaper JavaFX uses for Hebrew would."""
    tags = set()
    for table in ("GSUB", "GPOS"):
        tags |= {record.FeatureTag for record in font[table].table.FeatureList.FeatureRecord}
    options = subset.Options()
    options.layout_features = sorted(tags - {"liga", "dlig", "hlig", "aalt", "salt", "kern"})
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.glyph_names = True
    options.notdef_outline = True
    options.hinting = True
    options.drop_tables = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)

def fallback(path, dst, upem, covered):
    """DejaVu Sans with only the characters Rubik lacks: a character in both fonts would make the
    merged font switch between their glyphs by script, and a text shaper then draws Rubik's
    punctuation in Hebrew runs with DejaVu's widths."""
    font = TTFont(path)
    scale_upem(font, upem)
    if "MATH" in font:
        del font["MATH"]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.glyph_names = True
    options.notdef_outline = True
    options.hinting = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[code for code in font.getBestCmap() if code not in covered])
    subsetter.subset(font)
    for tag in ("GSUB", "GPOS"):
        if tag in font and font[tag].table.ScriptList:
            for script in font[tag].table.ScriptList.ScriptRecord:
                systems = [script.Script.DefaultLangSys] + [r.LangSys for r in script.Script.LangSysRecord]
                for system in systems:
                    if system is not None:
                        system.ReqFeatureIndex = 0xFFFF
    font.save(dst)
    return dst

for weight, dejavu_file, style in weights:
    parts = [plain_ttf(f"{source}/{family}-{subset}-{weight}-normal.woff", f"/tmp/{family}-{subset}-{weight}.ttf")
             for subset in ("latin", "latin-ext", "hebrew")]
    covered = set()
    for part in parts:
        covered |= set(TTFont(part).getBestCmap())
    parts.append(fallback(f"{dejavu}/{dejavu_file}", f"/tmp/dejavu-{weight}.ttf", 1000, covered))
    merged = merge.Merger().merge(parts)
    tabular_figures(merged)
    without_ligatures(merged)
    merged.save(os.path.join(out, f"{name}-{style}.ttf"))
    cmap = merged.getBestCmap()
    print(style, len(merged.getGlyphOrder()), "glyphs", len(cmap), "characters")
