#!/usr/bin/env bash
# Builds the Linux app-image and checks it the way a user would use it, through the packaged
# launcher only: version, templates, new, validate (a good and a broken map), export to PDF, PNG,
# SVG, Excel and Mermaid without a display, a workbook imported back, the room's phone page, the size budget, and, when xvfb-run and xdotool are installed, the
# designer opening a map given as an argument (with a screenshot) without printing anything, and
# its time to first frame.
#
#   packaging/smoke-test.sh [--build-dir DIR] [--no-build] [MAVEN OPTIONS...]
#
# --no-build checks the app-image already in DIR/dist; other options go to Maven (e.g. -o).
# Exits 0 when every check passed; the screenshot is DIR/smoke/designer.png, the launcher's
# messages are in DIR/smoke/log.txt.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/target"
do_build=true
maven_options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) mkdir -p "$2"; build="$(cd "$2" && pwd)"; shift 2 ;;
    --no-build) do_build=false; shift ;;
    *) maven_options+=("$1"); shift ;;
  esac
done

if $do_build; then
  (cd "$root" && mvn -B -q -Ppackage package -Dmasa.buildDir="$build" "${maven_options[@]}") || {
    echo "FAIL: the app-image could not be built"; exit 1; }
fi

masa="$build/dist/Masa/bin/Masa"
out="$build/smoke"
rm -rf "$out" && mkdir -p "$out"
failures=0
pass() { echo "ok    $1"; }
fail() { echo "FAIL  $1"; failures=$((failures + 1)); }
check() { local what="$1"; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
# Runs the launcher with no display at all, its messages kept in the log rather than on screen.
headless() { env -u DISPLAY -u WAYLAND_DISPLAY "$masa" "$@" 2>>"$out/log.txt"; }
quietly() { "$@" >>"$out/log.txt"; }

[ -x "$masa" ] || { echo "FAIL: no launcher at $masa"; exit 1; }
version="$(unzip -p "$build/masa.jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"

check "--version prints Masa $version" [ "$(headless --version)" = "Masa $version" ]
check "templates lists the organic grocer" grep -q "organic-grocer" <<<"$(headless templates)"
check "new writes a Hebrew map from a template" \
  quietly headless new --template organic-grocer --lang he -o "$out/grocer.journey.json"
check "new writes an English map from a template" \
  quietly headless new --template sports-shoes --lang en -o "$out/shoes.journey.json"
check "validate accepts the new maps" quietly headless validate "$out/grocer.journey.json" "$out/shoes.journey.json"

printf '{"format":' > "$out/broken.journey.json"
env -u DISPLAY "$masa" validate "$out/broken.journey.json" 2>"$out/broken.txt"
status=$?
check "validate rejects a broken map with exit code 1" [ "$status" -eq 1 ]
check "validate names the file, line and column" grep -q "broken.journey.json:[0-9]*:[0-9]*: " "$out/broken.txt"

check "export writes a PDF" quietly headless export "$out/grocer.journey.json" -o "$out/grocer.pdf" --page A3
check "the PDF starts like a PDF" [ "$(head -c 5 "$out/grocer.pdf")" = "%PDF-" ]
if command -v pdftotext >/dev/null; then
  check "the PDF holds the Hebrew stage names as text" grep -q "מודעות" <<<"$(pdftotext "$out/grocer.pdf" -)"
fi
check "export writes a PNG" quietly headless export "$out/shoes.journey.json" -o "$out/shoes.png"
check "the PNG is a PNG" [ "$(head -c 4 "$out/shoes.png" | tail -c 3)" = "PNG" ]
check "export writes an SVG" quietly headless export "$out/shoes.journey.json" -o "$out/shoes.svg"
check "the SVG is an SVG" grep -q "<svg" "$out/shoes.svg"

# The command line's own launcher: a script that starts the same runtime for a short run.
cli="$build/dist/Masa/bin/masa-cli"
check "masa-cli prints Masa $version" [ "$(env -u DISPLAY "$cli" --version 2>>"$out/log.txt")" = "Masa $version" ]
check "masa-cli exports a Hebrew PDF" quietly env -u DISPLAY "$cli" --lang he export "$out/grocer.journey.json" \
  -o "$out/grocer-cli.pdf" --page A3
check "masa-cli's PDF starts like a PDF" [ "$(head -c 5 "$out/grocer-cli.pdf")" = "%PDF-" ]
check "masa-cli runs from its class-data archive" \
  grep -q "shared objects file" <<<"$(env -u DISPLAY JAVA_TOOL_OPTIONS=-Xlog:class+load "$cli" --version 2>/dev/null)"

# The libraries added after the module list was first made (workbooks, CSV, the room's Jetty) run on
# the reduced runtime: jdeps also names java.management and java.naming, for Jetty parts Masa never uses.
check "export writes an Excel workbook" quietly headless export "$out/grocer.journey.json" -o "$out/grocer.xlsx"
check "import reads the workbook's cards, paths and stage NPS back" \
  quietly headless import "$out/grocer.xlsx" -o "$out/back.journey.json" --template organic-grocer
check "export writes Mermaid" quietly headless export "$out/shoes.journey.json" -o "$out/shoes.mmd"
port=$((20000 + RANDOM % 20000))
# Started without the function, so that $! is the launcher itself and the kill below ends it.
env -u DISPLAY -u WAYLAND_DISPLAY "$masa" room "$out/shoes.journey.json" --host 127.0.0.1 --port "$port" \
  >"$out/room.txt" 2>>"$out/log.txt" </dev/null &
room=$!
for _ in $(seq 1 40); do
  curl -fs -o "$out/phone.html" "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 0.5
done
kill "$room" 2>/dev/null; wait "$room" 2>/dev/null
check "the room serves the phone page" grep -q "<!DOCTYPE html>" "$out/phone.html"

size_mb=$(du -sm "$build/dist/Masa" | cut -f1)
check "the app-image is at most 120 MB (it is $size_mb MB)" [ "$size_mb" -le 120 ]

if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
  cat > "$out/designer.sh" <<'INNER'
masa="$1"; map="$2"; shot="$3"; said="$4"
"$masa" "$map" >"$said.all" 2>&1 &
pid=$!
window=$(timeout 60 xdotool search --sync --onlyvisible --class app.masa.ui.MasaApp | head -1)
sleep 2 # the window exists; give it a moment to paint before the screenshot
cp "$said.all" "$said" # what the start printed, before closing it
xdotool getwindowname "$window"
import -window root "$shot" 2>/dev/null || true
kill "$pid"; wait "$pid" 2>/dev/null
INNER
  title="$(xvfb-run -a -s "-screen 0 1600x1000x24" bash "$out/designer.sh" "$masa" "$out/shoes.journey.json" "$out/designer.png" "$out/designer.log")"
  check "the designer opens the map given as an argument (window: $title)" grep -q "shoes.journey.json" <<<"$title"
  check "the designer starts without printing anything (see $out/designer.log)" [ ! -s "$out/designer.log" ]
  if command -v xev >/dev/null && command -v xprop >/dev/null; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "$root/packaging/linux/first-frame.sh" "$masa" 4 \
      | tail -3 | sed 's/^/info  /'
  else
    echo "skip  the time to first frame (xev and xprop from x11-utils are not installed)"
  fi
else
  echo "skip  the designer under xvfb-run (xvfb-run or xdotool is not installed)"
fi

if [ "$failures" -eq 0 ]; then echo "All smoke checks passed."; else echo "$failures smoke checks failed."; fi
[ "$failures" -eq 0 ]
