#!/usr/bin/env bash
# Measures how long the packaged designer takes to show its window: starts the launcher, waits for
# the X server to report a window of Masa's class mapped on the screen, prints the milliseconds,
# closes it. Repeats. The map event is reported as it happens (xev on the root window), so the
# figure is not rounded to a polling interval.
# Needs a display (run it under xvfb-run), xev and xprop (x11-utils).
#
#   xvfb-run -a -s "-screen 0 1600x1000x24" packaging/linux/first-frame.sh LAUNCHER RUNS [FILE]
#
# Prints one line per run: "first-frame-ms N". LAUNCHER may be any command (java), with its
# arguments after RUNS; FIRST_FRAME_CLASS names another window class to wait for (the JavaFX
# Application class of the program started).
set -euo pipefail

launcher="$1"
runs="$2"
shift 2
window_class="${FIRST_FRAME_CLASS:-app.masa.ui.MasaApp}"
events=$(mktemp -u)
mkfifo "$events"
trap 'rm -f "$events"' EXIT

for _ in $(seq "$runs"); do
  stdbuf -oL xev -root -event substructure >"$events" &
  xev_pid=$!
  exec 3<"$events"
  sleep 0.3 # xev selects the root window's events as it starts: give it time before the launch
  start=$(date +%s%N)
  "$launcher" "$@" >/dev/null 2>&1 &
  pid=$!
  end=""
  while IFS= read -r -t 60 line <&3; do
    case "$line" in
      MapNotify*)
        now=$(date +%s%N)
        IFS= read -r -t 5 detail <&3 || break
        window=$(sed -n 's/.* window \(0x[0-9a-f]*\),.*/\1/p' <<<"$detail")
        if [ -n "$window" ] && xprop -id "$window" WM_CLASS 2>/dev/null | grep -qF "$window_class"; then
          end=$now
          break
        fi
        ;;
    esac
  done
  kill "$xev_pid" 2>/dev/null || true
  exec 3<&-
  if [ -z "$end" ]; then
    kill "$pid" 2>/dev/null || true
    echo "The window did not appear within 60 seconds." >&2
    exit 1
  fi
  echo "first-frame-ms $(( (end - start) / 1000000 ))"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
