#!/usr/bin/env bash
# Measures how long the packaged designer takes to show its window: starts the launcher, waits
# until a visible window of Masa's class exists, prints the milliseconds, closes it. Repeats.
# Needs a display (run it under xvfb-run) and xdotool.
#
#   xvfb-run -a -s "-screen 0 1600x1000x24" packaging/linux/first-frame.sh LAUNCHER RUNS [FILE]
#
# Prints one line per run: "first-frame-ms N".
set -euo pipefail

launcher="$1"
runs="$2"
shift 2
window_class="app.masa.ui.MasaApp"

for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$launcher" "$@" >/dev/null 2>&1 &
  pid=$!
  if ! timeout 60 xdotool search --sync --onlyvisible --class "$window_class" >/dev/null; then
    kill "$pid" 2>/dev/null || true
    echo "The window did not appear within 60 seconds." >&2
    exit 1
  fi
  end=$(date +%s%N)
  echo "first-frame-ms $(( (end - start) / 1000000 ))"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
