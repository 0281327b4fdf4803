#!/usr/bin/env bash
# Builds the macOS app bundle of Masa and its .dmg from the runnable jar. Run on a Mac, in any
# directory, with JDK 17 or newer:
#
#   mvn package && packaging/build-macos.sh [--build-dir DIR]
#
# Result: DIR/dist/Masa.app and DIR/dist/Masa-VERSION.dmg (drag Masa to Applications). The
# command line runs through the bundle's launcher:
#   /Applications/Masa.app/Contents/MacOS/Masa validate plan.journey.json
# The jar must be built on the Mac (Intel or Apple silicon alike): it carries the JavaFX native
# libraries of the machine it was built on. The bundle is not signed; to sign and notarise, add
# jpackage's --mac-sign options for your Developer ID.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/target"
if [ "${1:-}" = "--build-dir" ]; then build="$(cd "$2" && pwd)"; fi

jar="$build/masa.jar"
if [ ! -f "$jar" ]; then
  echo "There is no $jar yet: run 'mvn package' first." >&2
  exit 1
fi
version="$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
# A bundle version may not start with 0 (jpackage refuses it, following Apple's rules). Until
# Masa reaches 1.0 the bundle says 1.0.0; Masa itself (About, --version) shows the real version.
bundle_version="$version"
case "$version" in 0.*) bundle_version="1.0.0" ;; esac
work="$build/jpackage"
dist="$build/dist"

rm -rf "$work" "$dist/Masa.app"
mkdir -p "$work/input" "$dist"
cp "$jar" "$work/input/"
cd "$root"

jpackage --type app-image @packaging/jpackage/identity.txt @packaging/jpackage/app.txt \
  @packaging/jpackage/runtime.txt @packaging/macos/app.txt \
  --app-version "$bundle_version" --input "$work/input" --dest "$dist"
cp THIRD-PARTY.md "$dist/Masa.app/Contents/app/"

jpackage --type dmg --app-image "$dist/Masa.app" @packaging/jpackage/identity.txt \
  --app-version "$bundle_version" --dest "$dist"
echo "Done: $dist/Masa.app and the .dmg next to it"
