#!/usr/bin/env bash
# Records an application class-data-sharing archive: starts the designer once on a display, waits
# for its window, closes it, and keeps the classes it loaded. Later starts map that archive instead
# of reading and verifying the classes again. Called by build-linux.sh.
#
#   packaging/linux/record-cds.sh APP_IMAGE WORK_DIR     the app-image's, lib/app/masa.jsa; the
#                                                        launcher is told about it (Masa.cfg)
#   packaging/linux/record-cds.sh --jar JAR WORK_DIR     the runnable jar's, masa.jsa beside it,
#                                                        with masa.args: java @masa.args -jar JAR
#
# Uses xvfb-run when installed, else the current $DISPLAY. The archive is only named where it was
# written; log lines about a stale archive (an app-image moved, a jar rebuilt after recording) are
# silenced, the JVM then just loads classes the ordinary way.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
silence="-Xlog:cds=off,cds+dynamic=off"

if [ "${1:-}" = "--on-display" ]; then
  # A throw-away home keeps the recording run's preferences and recent files out of the user's.
  work="$2"
  shift 2
  "$@" >"$work/record.log" 2>&1 &
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

# record ARCHIVE WORK_DIR COMMAND...: one start of COMMAND on a display, recording ARCHIVE at its exit.
record() {
  local archive="$1" work="$2"
  shift 2
  mkdir -p "$work/home"
  rm -f "$archive"
  if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --on-display "$work" "$@"
  elif [ -n "${DISPLAY:-}" ]; then
    "$0" --on-display "$work" "$@"
  else
    echo "No display and no xvfb-run: cannot record the start-up archive." >&2
    return 1
  fi
  if [ ! -s "$archive" ]; then
    echo "The start-up archive was not written; see $work/record.log." >&2
    return 1
  fi
  echo "Start-up archive recorded: $archive ($(du -h "$archive" | cut -f1))"
}

if [ "$1" = "--jar" ]; then
  jar="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
  work="$3"
  archive="$(dirname "$jar")/masa.jsa"
  args="$(dirname "$jar")/masa.args"
  rm -f "$args"
  # The packaged launcher's JVM options (packaging/jpackage/app.txt), so both start the same way.
  mapfile -t options < <(sed -n 's/^--java-options \(-XX:.*\)$/\1/p' "$root/packaging/jpackage/app.txt")
  record "$archive" "$work" java "${options[@]}" "-XX:ArchiveClassesAtExit=$archive" \
    "-Duser.home=$work/home" -jar "$jar"
  printf '%s\n' "-XX:SharedArchiveFile=$archive" "$silence" "${options[@]}" >"$args"
  exit 0
fi

image="$(cd "$1" && pwd)"
work="$2"
archive="$image/lib/app/masa.jsa"
config="$image/lib/app/Masa.cfg"
record "$archive" "$work" env "JAVA_TOOL_OPTIONS=-XX:ArchiveClassesAtExit=$archive -Duser.home=$work/home" \
  "$image/bin/Masa"
sed -i "s|^\[JavaOptions\]\$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=\$APPDIR/masa.jsa\njava-options=$silence|" "$config"
