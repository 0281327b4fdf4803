#!/usr/bin/env bash
# Adds Masa to the desktop of the current user, for an app-image that was unpacked by hand
# (the .deb does the same for every user when it is installed):
#   - a menu entry (.desktop file) that starts this app-image's launcher,
#   - the type application/x-masa-journey for *.journey.json files, with its icon,
#   - Masa as the default application for that type, so double-clicking a map opens it.
#
#   Masa/lib/desktop/install-desktop-integration.sh            install for this user
#   Masa/lib/desktop/install-desktop-integration.sh --remove   undo it
#
# Everything goes under ${XDG_DATA_HOME:-~/.local/share}; nothing needs root.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
app_image="$(cd "$here/../.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
desktop_id="app.masa.Masa.desktop"
mime_type="application/x-masa-journey"
mime_icon="application-x-masa-journey"

refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/$desktop_id" "$data/mime/packages/$mime_icon.xml"
  for size in 16 32 48 64 128 256; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/masa.png" \
          "$data/icons/hicolor/${size}x${size}/mimetypes/$mime_icon.png"
  done
  refresh
  echo "Masa was removed from the desktop menu and file associations."
  exit 0
fi

mkdir -p "$data/applications" "$data/mime/packages"
for size in 16 32 48 64 128 256; do
  for kind in apps mimetypes; do mkdir -p "$data/icons/hicolor/${size}x${size}/$kind"; done
  cp "$here/icons/masa-$size.png" "$data/icons/hicolor/${size}x${size}/apps/masa.png"
  cp "$here/icons/masa-$size.png" "$data/icons/hicolor/${size}x${size}/mimetypes/$mime_icon.png"
done
cp "$here/$mime_icon.xml" "$data/mime/packages/$mime_icon.xml"
# The template is the one the .deb uses; fill in this app-image's launcher and the themed icon.
sed -e "s|APPLICATION_LAUNCHER|\"$app_image/bin/Masa\"|" -e "s|APPLICATION_ICON|masa|" \
    "$here/Masa.desktop" > "$data/applications/$desktop_id"
refresh
command -v xdg-mime >/dev/null && xdg-mime default "$desktop_id" "$mime_type" || true
echo "Masa is in the applications menu, and *.journey.json maps open in it."
