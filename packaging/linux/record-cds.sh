#!/usr/bin/env bash
# Records an application class-data-sharing archive for a Linux app-image: starts the designer
# once on a display, waits for its window, closes it, and keeps the classes it loaded in
# lib/app/masa.jsa. Later starts map that archive instead of reading and verifying the classes
# again. Called by build-linux.sh.
#
#   packaging/linux/record-cds.sh APP_IMAGE WORK_DIR
#
# Uses xvfb-run when installed, else the current $DISPLAY. The launcher is told about the
# archive only when it was written; log lines about a stale archive (an app-image moved after
# recording) are silenced, the JVM then just loads classes the ordinary way.
set -euo pipefail

image="$(cd "$1" && pwd)"
work="$2"
archive="$image/lib/app/masa.jsa"
config="$image/lib/app/Masa.cfg"

if [ "${3:-}" = "--on-display" ]; then
  # A throw-away home keeps the recording run's preferences and recent files out of the user's.
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Duser.home=$work/home" \
    "$image/bin/Masa" >"$work/record.log" 2>&1 &
  pid=$!
  if command -v xdotool >/dev/null; then
    timeout 90 xdotool search --sync --onlyvisible --name Masa >/dev/null
    sleep 2 # the first frame is up; let the classes of the idle designer load too
  else
    sleep 20
  fi
  kill -TERM "$pid"
  wait "$pid" || true
  exit 0
fi

mkdir -p "$work/home"
rm -f "$archive"
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$image" "$work" --on-display
elif [ -n "${DISPLAY:-}" ]; then
  "$0" "$image" "$work" --on-display
else
  echo "No display and no xvfb-run: cannot record the start-up archive." >&2
  exit 1
fi
if [ ! -s "$archive" ]; then
  echo "The start-up archive was not written; see $work/record.log." >&2
  exit 1
fi
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/masa.jsa\njava-options=-Xlog:cds=off,cds+dynamic=off|' "$config"
echo "Start-up archive recorded: $archive ($(du -h "$archive" | cut -f1))"
