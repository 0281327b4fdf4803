#!/bin/sh
# Exports the organic-grocer and service-blueprint templates, in English and Hebrew, as SVG and PNG,
# then renders each SVG with every SVG viewer installed here (rsvg-convert, Inkscape, LibreOffice
# Draw, Chromium), so the renderings can be put side by side with the PNG Masa draws itself.
#
# Usage: scripts/render-svg.sh [OUT_DIR]      (after mvn -B -q -o package -DskipTests)
# On Debian: apt-get install librsvg2-bin inkscape libreoffice-draw chromium
set -eu
out=${1:-target/svg-renderings}
jar=target/masa.jar
templates=src/main/resources/app/masa/templates
mkdir -p "$out"
out=$(cd "$out" && pwd)
for template in organic-grocer service-blueprint; do
    for lang in en he; do
        name=$template-$lang
        java -jar "$jar" export "$templates/$template.$lang.journey.json" -o "$out/$name.svg" >/dev/null
        java -jar "$jar" export "$templates/$template.$lang.journey.json" -o "$out/$name.masa.png" --scale 1 >/dev/null
        if command -v rsvg-convert >/dev/null; then
            rsvg-convert "$out/$name.svg" -o "$out/$name.rsvg.png"
        fi
        if command -v inkscape >/dev/null; then
            inkscape "$out/$name.svg" --export-type=png --export-filename="$out/$name.inkscape.png" 2>/dev/null
        fi
        if command -v soffice >/dev/null; then
            mkdir -p "$out/libreoffice"
            soffice --headless --convert-to png --outdir "$out/libreoffice" "$out/$name.svg" >/dev/null 2>&1
            mv "$out/libreoffice/$name.png" "$out/$name.libreoffice.png"
        fi
        if command -v chromium >/dev/null; then
            size=$(sed -n 's/.*<svg [^>]*width="\([0-9.]*\)" height="\([0-9.]*\)".*/\1,\2/p' "$out/$name.svg" | head -1)
            chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$size" \
                --screenshot="$out/$name.chromium.png" "file://$out/$name.svg" >/dev/null 2>&1
        fi
    done
done
rmdir "$out/libreoffice" 2>/dev/null || true
ls "$out"
