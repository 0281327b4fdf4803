#!/usr/bin/env bash
# Records the application class-data-sharing archive: the classes of one start of the designer (on
# a display: it waits for the window, then closes it) and of a few command-line runs (a new map,
# validated, exported to PDF and SVG) are listed, then dumped into one static archive with the
# JDK's own classes. Later starts map that archive instead of reading, verifying and linking the
# classes again; the command line's picocli, compiled for Java 5, can only be archived this way.
# Called by build-linux.sh.
#
#   packaging/linux/record-cds.sh APP_IMAGE WORK_DIR     the app-image's, lib/app/masa.jsa, named
#                                                        in the designer's launcher configuration
#                                                        and found by bin/masa-cli
#   packaging/linux/record-cds.sh --jar JAR WORK_DIR     the runnable jar's, masa.jsa beside it, with
#                                                        masa.args (java @masa.args -jar JAR) and
#                                                        masa-cli.args (java @masa-cli.args -jar JAR
#                                                        export ...)
#
# Uses xvfb-run when installed, else the current $DISPLAY. The archive is only named where it was
# written; log lines about a stale archive (an app-image moved, a jar rebuilt after recording) are
# silenced, the JVM then just loads classes the ordinary way.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
silence="-Xlog:cds=off,cds+dynamic=off"

if [ "${1:-}" = "--on-display" ]; then
  work="$2"
  shift 2
  "$@" >"$work/designer.log" 2>&1 &
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

# designer WORK COMMAND...: one start of the designer on a display.
designer() {
  local work="$1"
  shift
  if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --on-display "$work" "$@"
  elif [ -n "${DISPLAY:-}" ]; then
    "$0" --on-display "$work" "$@"
  else
    echo "No display and no xvfb-run: cannot record the start-up archive." >&2
    return 1
  fi
}

# listing WORK NAME: the JVM options that list a run's classes (and keep its preferences and recent
# files in a throw-away home, out of the user's), through the environment, so that a launcher's own
# options stay as they are.
listing() {
  echo "-XX:DumpLoadedClassList=$1/$2.classlist -Duser.home=$1/home"
}

# command_line WORK COMMAND...: the command-line runs whose classes the archive keeps, each listed.
command_line() {
  local work="$1"
  shift
  local map="$work/training.journey.json"
  {
    JAVA_TOOL_OPTIONS="$(listing "$work" new)" "$@" new --template organic-grocer --output "$map" --force
    JAVA_TOOL_OPTIONS="$(listing "$work" validate)" "$@" validate "$map"
    JAVA_TOOL_OPTIONS="$(listing "$work" pdf)" "$@" export "$map" --output "$work/training.pdf"
    JAVA_TOOL_OPTIONS="$(listing "$work" svg)" "$@" --lang he export "$map" --output "$work/training.svg"
  } >"$work/command-line.log" 2>&1
}

# dump JAVA CLASSPATH ARCHIVE WORK: the static archive of every class listed in WORK/*.classlist.
dump() {
  local java="$1" classpath="$2" archive="$3" work="$4"
  cat "$work"/*.classlist >"$work/all.list"
  rm -f "$archive"
  "$java" -Xshare:dump "-XX:SharedClassListFile=$work/all.list" "-XX:SharedArchiveFile=$archive" \
    -cp "$classpath" >"$work/dump.log" 2>&1
  if [ ! -s "$archive" ]; then
    echo "The start-up archive was not written; see $work/dump.log." >&2
    return 1
  fi
  echo "Start-up archive recorded: $archive ($(du -h "$archive" | cut -f1))"
}

if [ "$1" = "--jar" ]; then
  jar="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
  work="$3"
  archive="$(dirname "$jar")/masa.jsa"
  rm -rf "$work" "$(dirname "$jar")/masa.args" "$(dirname "$jar")/masa-cli.args"
  mkdir -p "$work/home"
  # Each launcher's own JVM options (packaging/jpackage/app.txt, packaging/linux/cli.args).
  mapfile -t designer_options < <(sed -n 's/^--java-options \(-XX:.*\)$/\1/p' "$root/packaging/jpackage/app.txt")
  mapfile -t cli_options < <(grep '^-XX:' "$root/packaging/linux/cli.args")
  JAVA_TOOL_OPTIONS="$(listing "$work" designer)" designer "$work" java "${designer_options[@]}" -jar "$jar"
  command_line "$work" java "${cli_options[@]}" -jar "$jar"
  dump java "$jar" "$archive" "$work"
  printf '%s\n' "-XX:SharedArchiveFile=$archive" "$silence" "${designer_options[@]}" >"$(dirname "$jar")/masa.args"
  printf '%s\n' "-XX:SharedArchiveFile=$archive" "$silence" "${cli_options[@]}" >"$(dirname "$jar")/masa-cli.args"
  exit 0
fi

image="$(cd "$1" && pwd -P)"
work="$2"
archive="$image/lib/app/masa.jsa"
rm -rf "$work"
mkdir -p "$work/home"
JAVA_TOOL_OPTIONS="$(listing "$work" designer)" designer "$work" "$image/bin/Masa"
command_line "$work" "$image/bin/masa-cli"
dump "$image/lib/runtime/bin/java" "$image/lib/app/masa.jar" "$archive" "$work"
# bin/masa-cli finds the archive beside the jar by itself.
sed -i "s|^\[JavaOptions\]\$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=\$APPDIR/masa.jsa\njava-options=$silence|" \
  "$image/lib/app/Masa.cfg"
