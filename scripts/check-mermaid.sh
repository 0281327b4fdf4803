#!/usr/bin/env bash
# Puts Masa's Mermaid export through Mermaid's own parser: every built-in template and the blank
# map in both languages, the map of awkward names in the test corpus, and every diagram of the
# corpus after a trip through a map (masa import, then masa export), which must say what the
# original said. Not part of mvn verify, which must not need the network; the same corpus is
# checked there in Java (MermaidCorpusTest).
#
# Usage: scripts/check-mermaid.sh        (builds target/masa.jar when it is missing)
# Needs java, node (18 or later) and npm; on Debian: apt-get install nodejs npm.
# The parser (the mermaid package, and jsdom for the document it expects; no browser) is installed
# once into $MASA_MERMAID_CACHE, by default ~/.cache/masa/mermaid-check.
set -euo pipefail
cd "$(dirname "$0")/.."

MERMAID_VERSION=11.17.2
JSDOM_VERSION=26.1.0
cache=${MASA_MERMAID_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/masa/mermaid-check}

for tool in java node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-mermaid: $tool is not installed (on Debian: apt-get install nodejs npm)." >&2
        exit 2
    fi
done

stamp="$cache/installed-mermaid-$MERMAID_VERSION-jsdom-$JSDOM_VERSION"
if [ ! -f "$stamp" ]; then
    mkdir -p "$cache"
    [ -f "$cache/package.json" ] || echo '{ "private": true }' > "$cache/package.json"
    echo "Installing mermaid $MERMAID_VERSION and jsdom $JSDOM_VERSION into $cache"
    npm install --prefix "$cache" --no-audit --no-fund --loglevel=error \
        "mermaid@$MERMAID_VERSION" "jsdom@$JSDOM_VERSION"
    touch "$stamp"
fi
# Beside its node_modules, so that the script finds the packages.
cp scripts/check-mermaid.mjs "$cache/check-mermaid.mjs"

jar=target/masa.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
masa() { java -jar "$jar" "$@"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/maps" "$work/diagrams"
corpus=src/test/resources/app/masa/io/interchange/mermaid

for file in src/main/resources/app/masa/templates/*.journey.json src/main/resources/app/masa/templates/blank/*.journey.json \
        "$corpus"/*.journey.json; do
    name=$(basename "$file" .journey.json)
    cp "$file" "$work/maps/$name.journey.json"
    masa export "$file" -o "$work/maps/$name.mmd" >/dev/null
done
for file in "$corpus"/*.mmd; do
    name=$(basename "$file" .mmd)
    cp "$file" "$work/diagrams/$name.mmd"
    # the notes on scores and settings go to stderr; the trip itself must succeed
    masa import "$file" -o "$work/diagrams/$name.journey.json" >/dev/null 2>"$work/diagrams/$name.notes"
    masa export "$work/diagrams/$name.journey.json" -o "$work/diagrams/$name.back.mmd" >/dev/null
done

node "$cache/check-mermaid.mjs" "$work"
