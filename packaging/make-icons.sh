#!/usr/bin/env bash
# Regenerates every icon file from the two SVG sources in icons/.
#
#   packaging/make-icons.sh
#
# masa-small.svg (thicker curve, fewer stops) is drawn for 16 and 32 pixels, where the detail of
# masa.svg would blur into a smudge; every larger size comes from masa.svg.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (for the Windows .ico) and png2icns
# (icnsutils, for the macOS .icns). The results are kept in the tree, so a build never needs
# these tools; run this only after changing an SVG.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
icons="$root/icons"
window_icons="$root/src/main/resources/app/masa/icons"

for size in 16 32 48 64 128 256 512 1024; do
  source="$icons/masa.svg"
  if [ "$size" -le 32 ]; then source="$icons/masa-small.svg"; fi
  rsvg-convert --width "$size" --height "$size" "$source" --output "$icons/masa-$size.png"
done

# Windows: one .ico with the sizes Explorer and the taskbar ask for.
convert "$icons/masa-16.png" "$icons/masa-32.png" "$icons/masa-48.png" \
        "$icons/masa-64.png" "$icons/masa-128.png" "$icons/masa-256.png" "$icons/masa.ico"

# macOS: an .icns container with the sizes Finder and the Dock use.
png2icns "$icons/masa.icns" "$icons/masa-16.png" "$icons/masa-32.png" "$icons/masa-128.png" \
         "$icons/masa-256.png" "$icons/masa-512.png" "$icons/masa-1024.png" >/dev/null

# The window icon: JavaFX picks the best of these for the title bar, taskbar and switcher.
mkdir -p "$window_icons"
for size in 16 32 48 64 128 256; do
  cp "$icons/masa-$size.png" "$window_icons/masa-$size.png"
done
echo "icons written to $icons and $window_icons"
